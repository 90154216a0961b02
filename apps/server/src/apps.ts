import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import { appLabels as titles } from "@cppcc/domain";
import type { FastifyInstance } from "fastify";

export const appNames = ["admin", "liaison", "portal"] as const;

/** apps/server/src and apps/server/dist sit at the same depth, so one relative path serves both. */
function distOf(app: string): string {
  return fileURLToPath(new URL(`../../${app}/dist/`, import.meta.url));
}

/**
 * Serves each built app under its prefix, with the SPA fallback to its index.html for client
 * routes. Hashed assets are cached for good; index.html never, so a deploy is seen at once.
 */
export async function registerApps(app: FastifyInstance) {
  const built = new Map<string, string>();
  let first = true;
  for (const name of appNames) {
    const root = distOf(name);
    if (!existsSync(`${root}index.html`)) continue;
    built.set(name, readFileSync(`${root}index.html`, "utf8"));
    await app.register(fastifyStatic, {
      root,
      prefix: `/${name}/`,
      decorateReply: first,
      // The app's root address serves its index.html; deeper client routes fall back below.
      index: ["index.html"],
      wildcard: true,
      setHeaders: (reply, path) => {
        reply.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
    first = false;
  }

  for (const name of appNames) app.get(`/${name}`, (_req, reply) => reply.redirect(`/${name}/`));

  app.get("/", (_req, reply) => reply.type("text/html; charset=utf-8").send(homePage(built)));

  app.setNotFoundHandler((req, reply) => {
    const name = appNames.find((n) => req.url.startsWith(`/${n}/`));
    const wantsPage = req.method === "GET" && !/\.[a-z0-9]+($|\?)/i.test(req.url);
    if (name && wantsPage) {
      const html = built.get(name);
      if (html) return reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(html);
      return reply.code(503).type("text/plain; charset=utf-8").send(`${titles[name]}尚未构建：请先运行 pnpm build`);
    }
    return reply.code(404).send({ error: "Not Found", message: "没有这个地址" });
  });
}

function homePage(built: Map<string, string>): string {
  const links = appNames
    .map((n) => `<li><a href="/${n}/">${titles[n]}</a>${built.has(n) ? "" : "（尚未构建）"}</li>`)
    .join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>数字政协</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f1f1f}h1{color:#b71c1c}li{margin:.75rem 0;font-size:1.15rem}</style></head>
<body><h1>数字政协</h1><p>市政协办公室、镇街道联络员和委员共用的一个平台。</p><ul>${links}</ul></body></html>`;
}
