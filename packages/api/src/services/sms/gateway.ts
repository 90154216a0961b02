import DysmsapiModule, { QuerySendDetailsRequest, SendSmsRequest } from "@alicloud/dysmsapi20170525";
import { $OpenApiUtil } from "@alicloud/openapi-core";
import { isFinalSmsRefusal, shanghaiDate } from "@cppcc/domain";

/**
 * Which approved template each kind of text uses. Two are optional, so a deployment that has not had
 * them approved simply sends none: the credential (a member's initial password; without it bulk opening
 * offers printed slips only) and telling a resident what became of their topic.
 */
export type SmsTemplates = { loginCode: string; notice: string; digest: string; credential: string | null; topicDecided: string | null };
export type SmsTemplate = keyof SmsTemplates;

/** Aliyun SMS as the server's environment configures it; `endpoint`/`protocol` point tests at a stand-in on the loopback. */
export type SmsConfig = {
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved signature (签名) the provider prints in 【】. */
  signName: string;
  templates: SmsTemplates;
  endpoint: string;
  protocol: "https" | "http";
};

export type SmsMessage = { phone: string; template: SmsTemplate; params: Record<string, string>; outId: string };

/**
 * sent: the provider accepted it; refused: it said no for good (a limit, a bad number); failed: it said
 * no for now; unknown: no answer came back, so it may have accepted: ask before sending again.
 */
export type SmsSendResult =
  | { outcome: "sent"; bizId: string }
  | { outcome: "refused" | "failed"; code: string; message: string }
  | { outcome: "unknown"; message: string };

export type SmsGateway = {
  /** Whether this deployment has the template approved and configured. */
  offers: (template: SmsTemplate) => boolean;
  send: (message: SmsMessage) => Promise<SmsSendResult>;
  /** Whether the provider holds a text to this phone on that (Shanghai) day carrying this OutId. */
  accepted: (phone: string, on: Date, outId: string) => Promise<boolean>;
};

// The library is CommonJS compiled from ES modules: Node hands its module object as the default, a bundler the class.
const Dysmsapi = (DysmsapiModule as unknown as { default?: typeof DysmsapiModule }).default ?? DysmsapiModule;

type ProviderError = { code?: string; message?: string; data?: { Code?: string; Message?: string } };

/** The official client library; nothing else in the platform speaks to the provider. */
export function createSmsGateway(config: SmsConfig): SmsGateway {
  const client = new Dysmsapi(
    new $OpenApiUtil.Config({
      accessKeyId: config.accessKeyId,
      accessKeySecret: config.accessKeySecret,
      endpoint: config.endpoint,
      protocol: config.protocol,
      readTimeout: 10_000,
      connectTimeout: 5_000,
    }),
  );
  return {
    offers: (template) => Boolean(config.templates[template]),
    send: async ({ phone, template, params, outId }) => {
      const templateCode = config.templates[template];
      if (!templateCode) return { outcome: "refused", code: "TemplateNotConfigured", message: "未配置该类短信的模板" };
      const request = new SendSmsRequest({
        phoneNumbers: phone,
        signName: config.signName,
        templateCode,
        templateParam: JSON.stringify(params),
        outId,
      });
      try {
        const { body } = await client.sendSms(request);
        if (body?.code === "OK" && body.bizId) return { outcome: "sent", bizId: body.bizId };
        return answered(body?.code ?? "UNKNOWN", body?.message ?? "");
      } catch (error) {
        const e = error as ProviderError;
        // The provider answered with an error document: its code decides. Otherwise nothing came back.
        if (e.data?.Code) return answered(e.data.Code, e.data.Message ?? "");
        return { outcome: "unknown", message: e.message ?? String(error) };
      }
    },
    accepted: async (phone, on, outId) => {
      const { body } = await client.querySendDetails(
        new QuerySendDetailsRequest({ phoneNumber: phone, sendDate: shanghaiDate(on).replaceAll("-", ""), pageSize: 50, currentPage: 1 }),
      );
      if (body?.code !== "OK") throw new Error(`短信发送记录查询失败：${body?.code ?? ""} ${body?.message ?? ""}`);
      return (body.smsSendDetailDTOs?.smsSendDetailDTO ?? []).some((d) => d.outId === outId);
    },
  };
}

function answered(code: string, message: string): SmsSendResult {
  return { outcome: isFinalSmsRefusal(code) ? "refused" : "failed", code, message };
}
