import type { SmsConfig, WechatConfig } from "@cppcc/api";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

/** Configuration comes only from the environment, checked once at start with a readable error. */
const configFields = z.object({
  /** 0 picks any free port (tests). */
  PORT: z.coerce.number({ error: "PORT 须为 0–65535 的端口号" }).int().min(0).max(65535, "PORT 须为 0–65535 的端口号").default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL 须以 postgres:// 开头")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATA_DIR: z.string().default("./.data"),
  /** Seed demo data into a DATABASE_URL too (the embedded database is seeded whenever it is empty). */
  SEED_DEMO: flag,
  /** Behind HTTPS (a reverse proxy): mark cookies Secure. */
  COOKIE_SECURE: flag,
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (login throttling uses it). */
  TRUST_PROXY: flag,
  /**
   * How long the public topic page holds its answer to an address it has already refused (0 answers at once).
   * A flooding script waits for each answer before it sends again, so its connections do the waiting.
   */
  PUBLIC_TOPIC_REFUSAL_DELAY_MS: z.coerce
    .number({ error: "PUBLIC_TOPIC_REFUSAL_DELAY_MS 须为 0–10000 的毫秒数" })
    .int()
    .min(0, "PUBLIC_TOPIC_REFUSAL_DELAY_MS 须为 0–10000 的毫秒数")
    .max(10_000, "PUBLIC_TOPIC_REFUSAL_DELAY_MS 须为 0–10000 的毫秒数")
    .default(1000),
  /** How often this server looks for due jobs (the day's overdue scan, reminders) and runs them. */
  JOB_POLL_MS: z.coerce
    .number({ error: "JOB_POLL_MS 须为 100–3600000 的毫秒数" })
    .int()
    .min(100, "JOB_POLL_MS 须为 100–3600000 的毫秒数")
    .max(3_600_000, "JOB_POLL_MS 须为 100–3600000 的毫秒数")
    .default(5000),
  /**
   * Aliyun SMS (短信服务). Set the key to offer texts (SMS login, notices); then the secret, the approved
   * signature and the template codes are required too. Endpoint and protocol default to the provider's;
   * tests point them at a stand-in on the loopback.
   */
  SMS_ACCESS_KEY_ID: optionalText,
  SMS_ACCESS_KEY_SECRET: optionalText,
  SMS_SIGN_NAME: optionalText,
  /** Template with ${code}. */
  SMS_TEMPLATE_LOGIN_CODE: optionalText,
  /** Template with ${council}, ${title} and ${link}. */
  SMS_TEMPLATE_NOTICE: optionalText,
  /** Template with ${council}, ${count} and ${link}. */
  SMS_TEMPLATE_DIGEST: optionalText,
  /** Optional: template with ${name}, ${username} and ${password}; set, bulk account opening offers 「短信发送」. */
  SMS_TEMPLATE_CREDENTIAL: optionalText,
  /** Template with ${council}, ${receipt} and ${result}: a resident told what became of their topic. Optional: without it residents get no text. */
  SMS_TEMPLATE_TOPIC_DECIDED: optionalText,
  SMS_ENDPOINT: z.string().default("dysmsapi.aliyuncs.com"),
  SMS_PROTOCOL: z.enum(["https", "http"], { error: "SMS_PROTOCOL 须为 https 或 http" }).default("https"),
  /**
   * WeChat Official Account (公众号, a verified 服务号). Set the app id to offer 绑定微信 and template messages;
   * then the secret and the template are required too. The template is one generic notice with thing1 (事项),
   * thing2 (来源) and time3 (时间). The bases point tests and the e2e server at a stand-in on the loopback.
   */
  WECHAT_APP_ID: optionalText,
  WECHAT_APP_SECRET: optionalText,
  WECHAT_TEMPLATE_ID: optionalText,
  WECHAT_API_BASE: z.url("WECHAT_API_BASE 须为完整地址").default("https://api.weixin.qq.com"),
  WECHAT_OAUTH_BASE: z.url("WECHAT_OAUTH_BASE 须为完整地址").default("https://open.weixin.qq.com"),
  /** The deployment's public address (e.g. https://zx.example.cn), for links in texts; without it texts carry none. */
  PUBLIC_URL: optionalText,
  /**
   * Attachments go to an S3-compatible store when a bucket is named, else to `<DATA_DIR>/files`.
   * Keys come from the environment like the rest; path-style addressing suits MinIO and most self-hosted stores.
   */
  S3_BUCKET: z.string().optional().or(z.literal("").transform(() => undefined)),
  S3_ENDPOINT: z.url("S3_ENDPOINT 须为完整地址，如 http://127.0.0.1:9000").optional().or(z.literal("").transform(() => undefined)),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: flag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export const configSchema = configFields.superRefine((c, issue) => {
  if (c.SMS_ACCESS_KEY_ID) {
    const needed = ["SMS_ACCESS_KEY_SECRET", "SMS_SIGN_NAME", "SMS_TEMPLATE_LOGIN_CODE", "SMS_TEMPLATE_NOTICE", "SMS_TEMPLATE_DIGEST"] as const;
    for (const key of needed) {
      if (!c[key]) issue.addIssue({ code: "custom", path: [key], message: `已设置 SMS_ACCESS_KEY_ID，还须设置 ${key}` });
    }
  }
  if (c.WECHAT_APP_ID) {
    for (const key of ["WECHAT_APP_SECRET", "WECHAT_TEMPLATE_ID"] as const) {
      if (!c[key]) issue.addIssue({ code: "custom", path: [key], message: `已设置 WECHAT_APP_ID，还须设置 ${key}` });
    }
  }
});

export type Config = z.infer<typeof configSchema>;

/** The SMS provider's settings, or null when SMS is not configured (then no screen offers a text). */
export function smsConfigOf(c: Config): SmsConfig | null {
  if (!c.SMS_ACCESS_KEY_ID) return null;
  return {
    accessKeyId: c.SMS_ACCESS_KEY_ID,
    accessKeySecret: c.SMS_ACCESS_KEY_SECRET!,
    signName: c.SMS_SIGN_NAME!,
    templates: {
      loginCode: c.SMS_TEMPLATE_LOGIN_CODE!,
      notice: c.SMS_TEMPLATE_NOTICE!,
      digest: c.SMS_TEMPLATE_DIGEST!,
      credential: c.SMS_TEMPLATE_CREDENTIAL ?? null,
      topicDecided: c.SMS_TEMPLATE_TOPIC_DECIDED ?? null,
    },
    endpoint: c.SMS_ENDPOINT,
    protocol: c.SMS_PROTOCOL,
  };
}

/** The 公众号's settings, or null when WeChat is not configured (then nothing of WeChat shows). */
export function wechatConfigOf(c: Config): WechatConfig | null {
  if (!c.WECHAT_APP_ID) return null;
  return { appId: c.WECHAT_APP_ID, appSecret: c.WECHAT_APP_SECRET!, templateId: c.WECHAT_TEMPLATE_ID!, apiBase: c.WECHAT_API_BASE, oauthBase: c.WECHAT_OAUTH_BASE };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量配置有误：\n${lines.join("\n")}`);
  }
  return parsed.data;
}
