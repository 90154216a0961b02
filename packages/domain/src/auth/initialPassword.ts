import { passwordProblems, type PasswordRules } from "./passwordRules";

// No 0/O, 1/l/I: the member reads the password off a printed slip and types it on a phone.
const letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const digits = "23456789";
// Symbols only when the rule asks for all three kinds: each one is a key a phone hides on a second keyboard.
const symbols = "#%+=?@";

/** Random whole numbers, one per slot; the server passes `crypto.getRandomValues`, tests a seeded source. */
export type RandomSource = (count: number) => Uint32Array;

/**
 * An initial password the office hands over (printed slip, later SMS): at least 10 characters and
 * at least the rule's length, drawn uniformly from an alphabet without look-alikes, redrawn until
 * it passes the council's rule for a chosen password — so the member's first change is the only
 * thing asked of them, not a password the rules would have refused.
 */
export function initialPassword(rules: PasswordRules, username: string, random: RandomSource): string {
  const alphabet = letters + digits + (rules.minKinds >= 3 ? symbols : "");
  const length = Math.max(10, rules.minLength);
  for (let attempt = 0; attempt < 1000; attempt++) {
    const password = Array.from(random(length), (n) => alphabet[n % alphabet.length]).join("");
    if (passwordProblems(rules, { password, username, previousPassword: "" }).length === 0) return password;
  }
  throw new Error("initialPassword: the random source never produced a password the rules accept");
}
