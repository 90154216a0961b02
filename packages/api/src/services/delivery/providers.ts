import type { messageDelivery } from "@cppcc/db";
import type { SmsGateway, SmsTemplate } from "../sms/gateway";
import type { WechatGateway } from "../wechat/gateway";

export type Delivery = typeof messageDelivery.$inferSelect;

/** What a provider said: sent; refused for good; failed for now (retried); no answer (it may have been delivered). */
export type ProviderAnswer =
  | { outcome: "sent"; providerMessageId: string }
  | { outcome: "refused" | "failed"; reason: string }
  | { outcome: "unknown"; reason: string };

/** One way out as the delivery job sees it. */
export type DeliveryProvider = {
  /** 短信 / 微信, for the reasons people read. */
  label: string;
  send: (d: Delivery) => Promise<ProviderAnswer>;
  /** Whether an attempt whose answer never came was accepted; null when the provider keeps no record to ask. */
  accepted: (d: Delivery) => Promise<boolean | null>;
};

export type DeliveryGateways = { sms: SmsGateway | null; wechat?: WechatGateway | null };

export function smsProvider(gateway: SmsGateway): DeliveryProvider {
  return {
    label: "短信",
    send: async (d) => {
      const r = await gateway.send({ phone: d.recipient, template: d.template as SmsTemplate, params: d.params, outId: d.key });
      if (r.outcome === "sent") return { outcome: "sent", providerMessageId: r.bizId };
      if (r.outcome === "unknown") return { outcome: "unknown", reason: r.message };
      return { outcome: r.outcome, reason: `${r.code} ${r.message}` };
    },
    accepted: (d) => gateway.accepted(d.recipient, d.attemptedAt!, d.key),
  };
}

/** WeChat keeps no record a sender can ask by key, so an attempt with no answer is never repeated (see deliver.ts). */
export function wechatProvider(gateway: WechatGateway): DeliveryProvider {
  return {
    label: "微信",
    send: async (d) => {
      const r = await gateway.send({ openid: d.recipient, params: d.params });
      if (r.outcome === "sent") return { outcome: "sent", providerMessageId: r.msgId };
      return { outcome: r.outcome, reason: r.message };
    },
    accepted: async () => null,
  };
}

export function providerFor(gateways: DeliveryGateways, channel: Delivery["channel"]): DeliveryProvider | null {
  if (channel === "sms") return gateways.sms ? smsProvider(gateways.sms) : null;
  return gateways.wechat ? wechatProvider(gateways.wechat) : null;
}
