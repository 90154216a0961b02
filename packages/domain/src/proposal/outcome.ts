/** What a rule returns: the new value, or why not — in Chinese, saying what to do instead. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export const accept = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = <T = never>(reason: string): Outcome<T> => ({ ok: false, reason });
