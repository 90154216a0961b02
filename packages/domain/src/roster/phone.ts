import { z } from "zod";

/**
 * Mainland mobile numbers: 11 digits starting 13–19. People paste numbers with spaces,
 * dashes or a +86 prefix, so those are removed before checking and storing; what is stored
 * is the bare 11 digits, which is what uniqueness is checked on.
 */
const mobilePattern = /^1[3-9]\d{9}$/;

export function normalisePhone(text: string): string {
  const digits = text.replace(/[\s\-()（）]/g, "");
  return digits.replace(/^(?:\+?86)(?=1\d{10}$)/, "");
}

export function isMobilePhone(text: string): boolean {
  return mobilePattern.test(normalisePhone(text));
}

export const mobilePhone = z
  .string({ error: "请填写手机号码" })
  .transform(normalisePhone)
  .pipe(
    z
      .string()
      .min(1, "请填写手机号码")
      .regex(mobilePattern, "手机号码应为 11 位中国大陆手机号（1 开头，第二位为 3–9），例如 13812345678"),
  );

/** 13812341234 → 138****1234: what everyone but an admin and the member themself sees. */
export function maskPhone(phone: string): string {
  const p = normalisePhone(phone);
  if (p.length < 8) return "****";
  return `${p.slice(0, 3)}${"*".repeat(p.length - 7)}${p.slice(-4)}`;
}
