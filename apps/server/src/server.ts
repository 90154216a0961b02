import { appRouter, createContext, type AppRouter } from "@cppcc/api";
import type { DbHandle } from "@cppcc/db";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify from "fastify";
import { registerApps } from "./apps";
import type { Config } from "./config";
import { gatewaysFrom, type Gateways } from "./gateways";
import { fileStoreFrom, spoolDir } from "./files/fromConfig";
import { registerFileRoutes } from "./files/routes";
import type { FileStore } from "./files/store";
import { cookieJar } from "./cookies";
import { registerPublicTopicGuard } from "./publicTopicGuard";
import { answerFrameworkError, registerTrpcEdges } from "./trpcEdges";

/** The one HTTP process: tRPC at /trpc, /healthz, the three built apps. No state of its own. */
export async function buildServer(
  config: Config,
  db: DbHandle,
  gateways: Gateways = gatewaysFrom(config),
  store: FileStore = fileStoreFrom(config),
) {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    trustProxy: config.TRUST_PROXY,
    // Above the largest legitimate upload (an 8 MB roster file, base64-encoded), so oversize fields get a readable
    // BAD_REQUEST from validation rather than a bare 413.
    bodyLimit: 12 * 1024 * 1024,
    routerOptions: { maxParamLength: 5000 },
    frameworkErrors: answerFrameworkError,
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd and antd-mobile inject their styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.COOKIE_SECURE ? undefined : false,
  });
  await app.register(fastifyCookie);
  registerTrpcEdges(app);

  app.get("/healthz", async (_req, reply) => {
    try {
      await db.ping();
      return { ok: true, database: db.kind };
    } catch (error) {
      app.log.error({ err: error }, "healthz: database did not answer");
      return reply.code(503).send({ ok: false, database: db.kind });
    }
  });

  registerPublicTopicGuard(app, { refusalDelayMs: config.PUBLIC_TOPIC_REFUSAL_DELAY_MS });
  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      // The apps' client splits its batches at the same size (packages/ui/src/trpc/client.ts).
      maxBatchSize: 20,
      createContext: ({ req, res }) =>
        createContext({
          db,
          cookies: cookieJar(req, res, config.COOKIE_SECURE),
          request: { ip: req.ip, userAgent: req.headers["user-agent"] ?? null },
          sms: gateways.sms,
          wechat: gateways.wechat,
        }),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error.cause ?? error, path }, "trpc error");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  await registerFileRoutes(app, { db, store, spoolDir: spoolDir(config), cookieSecure: config.COOKIE_SECURE });
  await registerApps(app);
  return app;
}
