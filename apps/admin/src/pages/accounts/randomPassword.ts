// No 0/O, 1/l/I: the office reads the password out or writes it down for the person.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** An initial password for the office to hand over: 10 characters from the browser's secure random source. */
export function randomPassword(length = 10): string {
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
