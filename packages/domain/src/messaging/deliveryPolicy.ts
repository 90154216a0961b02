/**
 * What each way out allows per recipient and day (Shanghai calendar day), counted in Postgres from
 * the deliveries themselves. Providers refuse beyond their own limits (Aliyun's default is a few dozen
 * texts a day per phone); staying under them keeps the messages that matter from being refused.
 */
export const deliveryLimits = {
  sms: { perRecipientPerDay: 20 },
  wechat: { perRecipientPerDay: 50 },
} as const;

export type DeliveryChannel = keyof typeof deliveryLimits;

export const deliveryStatuses = ["pending", "sending", "sent", "refused", "failed"] as const;
/**
 * pending: not tried yet; sending: an attempt began and its outcome is not known (the provider may
 * have accepted it: reconcile before trying again); sent; refused: by our policy or the provider's
 * (not retried); failed: the provider said no for now (retried with the worker's backoff).
 */
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** Provider answers that no retry will change: recorded as refused, never retried. */
export function isFinalSmsRefusal(code: string): boolean {
  // isv.* are the business's own faults (a limit reached, a bad number, a template not approved); isp.* and
  // throttling are the provider's moment and pass.
  return code.startsWith("isv.");
}

export function dailyLimitMessage(channel: DeliveryChannel): string {
  return `已达到今日${channel === "sms" ? "短信" : "微信"}通知上限（每人每天 ${deliveryLimits[channel].perRecipientPerDay} 条），未发送`;
}
