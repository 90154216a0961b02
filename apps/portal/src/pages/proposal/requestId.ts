/**
 * A fresh id for one intended action, sent as `requestId`: the server carries out a step once per
 * id, so a double tap or a retry after a lost answer files one proposal. getRandomValues works on
 * plain http too, where randomUUID does not exist.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
