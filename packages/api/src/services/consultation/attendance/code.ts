import { createHash, randomBytes } from "node:crypto";

/** 32 URL-safe characters from the CSPRNG: in a QR code, never typed, never guessed. */
export function newCheckInToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Only the digest is stored, so the table cannot be read to check in for someone. */
export function checkInTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

