import { z } from "zod";

/**
 * The typed check-in code (签到码): six digits the organiser shows beside the QR code, for members
 * who cannot scan. Six digits because older members type them on a number pad; that is only a
 * million codes, so the code is safe by other means: it is valid only inside the meeting's check-in
 * window, the server matches it only against meetings the member is invited to whose window is
 * open (a code alone names no meeting, and two meetings may share one), and wrong guesses are
 * throttled per account and per address (`checkInPinThrottle`).
 */
export const checkInPinLength = 6;
export const checkInPinPattern = /^\d{6}$/;

const fullWidthDigits = /[０-９]/g;

/** Tolerates what phones and older hands produce: spaces, dashes, and full-width digits from a Chinese keyboard. */
export function normaliseCheckInPin(typed: string): string {
  return typed.replace(fullWidthDigits, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s-]/g, "");
}

export const checkInPinInput = z
  .string({ error: "请输入 6 位数字签到码" })
  .transform(normaliseCheckInPin)
  .pipe(z.string().regex(checkInPinPattern, "签到码是 6 位数字，请对照会场屏幕重新输入"));

/**
 * Wrong codes allowed in the window before further attempts wait. Per account: a member who
 * mistypes a few times is still in; a script guessing is stopped after five. Per address: members
 * at one venue share its Wi-Fi address, so the address allows more than one person's mistakes,
 * while a guesser cycling accounts from one address still gets at most 30 tries a quarter hour
 * against one chance in a million each.
 */
export const checkInPinThrottle = { windowMinutes: 15, maxPerAccount: 5, maxPerAddress: 30 } as const;

export function checkInPinRetryMessage(retryAfterSeconds: number): string {
  return `签到码输错次数过多，请 ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} 分钟后再试，或请会务人员帮您登记`;
}
