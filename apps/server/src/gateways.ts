import { createSmsGateway, createWechatGateway, type SmsGateway, type WechatGateway } from "@cppcc/api";
import { smsConfigOf, wechatConfigOf, type Config } from "./config";

export type Gateways = { sms: SmsGateway | null; wechat: WechatGateway | null };

/** The providers this server is configured for; one of each per process, so requests and jobs share the WeChat token cache. */
export function gatewaysFrom(config: Config): Gateways {
  const sms = smsConfigOf(config);
  const wechat = wechatConfigOf(config);
  return { sms: sms ? createSmsGateway(sms) : null, wechat: wechat ? createWechatGateway(wechat) : null };
}
