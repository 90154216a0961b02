import { createDb, migrate } from "@cppcc/db";
import { demoAccounts, demoPassword } from "@cppcc/db/seed";
import { roleLabels } from "@cppcc/domain";
import { configuredChannels, seedDemoCityIfEmpty } from "@cppcc/api";
import type { Config } from "./config";
import { gatewaysFrom } from "./gateways";
import { startJobPoller } from "./jobPoller";
import { buildServer } from "./server";

/** Opens the database, migrates, seeds when it should, and listens. Returns a graceful stop. */
export async function start(config: Config) {
  const db = await createDb({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrate(db);
  // Demo data only where nobody can mistake it for real: the embedded database, or when asked.
  const seedAllowed = db.kind === "pglite" || config.SEED_DEMO;
  const seedStarted = performance.now();
  const seeded = seedAllowed && (await seedDemoCityIfEmpty(db, new Date()));
  if (seeded) console.info(`已写入演示城市及其一年的工作（用时 ${((performance.now() - seedStarted) / 1000).toFixed(1)} 秒）`);

  const gateways = gatewaysFrom(config);
  const app = await buildServer(config, db, gateways);
  await app.listen({ port: config.PORT, host: config.HOST });
  const jobs = startJobPoller(db, {
    intervalMs: config.JOB_POLL_MS,
    log: app.log,
    ...gateways,
    channels: configuredChannels({ sms: gateways.sms !== null, wechat: gateways.wechat !== null, publicUrl: config.PUBLIC_URL ?? null }),
  });

  const address = app.server.address();
  const port = address && typeof address === "object" ? address.port : config.PORT;
  const base = `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;
  const demo = seeded || db.kind === "pglite";
  console.info(
    [
      "",
      `数字政协已启动（数据库：${db.kind === "pglite" ? `内置 PGlite，${config.DATA_DIR}` : "PostgreSQL"}）`,
      `  办公室管理端  ${base}/admin/`,
      `  镇街道联络端  ${base}/liaison/`,
      `  委员履职端    ${base}/portal/`,
      `  健康检查      ${base}/healthz`,
      ...(demo
        ? ["", `演示账号（密码均为 ${demoPassword}）：`, ...demoAccounts.map((a) => `  ${a.username.padEnd(8)} ${roleLabels[a.role]}`)]
        : []),
      "",
    ].join("\n"),
  );

  let stopping: Promise<void> | undefined;
  /** Stop accepting and polling, let in-flight requests and jobs finish, then close the database so nothing is half-written. */
  const stop = () =>
    (stopping ??= (async () => {
      await Promise.all([jobs.stop(), app.close()]);
      await db.close();
    })());
  return { app, db, stop };
}
