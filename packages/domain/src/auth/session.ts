/** Sessions expire after this long without use; each use within it extends it. */
export const sessionIdleDays = 7;
/** …and never live longer than this from login. */
export const sessionMaxDays = 30;
export const sessionCookieName = "cppcc_session";

/** Login throttling: failures counted per account and per address in a sliding window. */
export const loginThrottle = {
  windowMinutes: 15,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
} as const;
