import { createHash, randomInt, timingSafeEqual } from "node:crypto";

/** Six digits from the CSPRNG, leading zeros kept. */
export function newCheckInPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** Salted with the consultation, so two meetings with the same code store different digests. */
export function checkInPinHash(consultationId: string, pin: string): string {
  return createHash("sha256").update(`${consultationId}:${pin}`).digest("hex");
}

export function pinMatches(consultationId: string, pin: string, storedHash: string): boolean {
  const typed = Buffer.from(checkInPinHash(consultationId, pin), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return typed.length === stored.length && timingSafeEqual(typed, stored);
}
