import { hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's recommended floor (19 MiB, 2 passes): memory-hard against GPU guessing
// while a login still costs well under 100 ms on one core.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A valid hash of a random secret: verified against when the account does not exist, so timing reveals nothing. */
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hash(crypto.randomUUID(), options);
  return dummy;
}
