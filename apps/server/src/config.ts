import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** Configuration comes only from the environment, checked once at start with a readable error. */
export const configSchema = z.object({
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
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量配置有误：\n${lines.join("\n")}`);
  }
  return parsed.data;
}
