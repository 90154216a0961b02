import { z } from "zod";
import { mobilePhone } from "../roster/phone";

/** A code lives five minutes and opens one session. */
export const smsCodeTtlMinutes = 5;
export const smsCodeLength = 6;

/**
 * How often a code may be asked for, counted in Postgres for every request, known phone or not (a
 * limit that only known phones met would tell who is a member). An office behind one address asks
 * for several members, so the address's allowance is larger than a phone's.
 */
export const smsCodeThrottle = {
  perPhonePerMinute: 1,
  perPhonePerDay: 10,
  perAddressPerDay: 30,
} as const;

export const requestSmsCodeInput = z.object({ phone: mobilePhone });
export type RequestSmsCodeInput = z.infer<typeof requestSmsCodeInput>;

export const smsLoginInput = z.object({
  phone: mobilePhone,
  code: z
    .string({ error: "请输入短信验证码" })
    .trim()
    .regex(/^\d{6}$/, "验证码为 6 位数字"),
});
export type SmsLoginInput = z.infer<typeof smsLoginInput>;

/** The one answer to a wrong, expired, used or unknown code, whether or not the phone belongs to anyone. */
export const badSmsCodeMessage = "手机号或验证码错误，或验证码已过期";

/** Said after every request for a code: true of a known phone and of an unknown one alike. */
export const smsCodeRequestedMessage = `如该手机号已登记为委员账号，验证码已发送，${smsCodeTtlMinutes} 分钟内有效`;

export type SmsCodeCounts = {
  /** The latest request for this phone, if any in the last day. */
  lastForPhone: Date | null;
  phoneToday: number;
  addressToday: number;
};

/** Why a new code may not be sent now (with seconds to wait), or null. Counts are over the last 24 hours. */
export function smsCodeRefusal(counts: SmsCodeCounts, now: Date): { message: string; retryAfterSeconds: number } | null {
  if (counts.lastForPhone) {
    const wait = Math.ceil((counts.lastForPhone.getTime() + 60_000 - now.getTime()) / 1000);
    if (wait > 0) return { message: `验证码已发送，请 ${wait} 秒后再获取`, retryAfterSeconds: wait };
  }
  if (counts.phoneToday >= smsCodeThrottle.perPhonePerDay || counts.addressToday >= smsCodeThrottle.perAddressPerDay) {
    return { message: "今日获取验证码次数已达上限，请明天再试或使用账号密码登录", retryAfterSeconds: 3600 };
  }
  return null;
}
