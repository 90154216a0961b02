// Bundles the server into dist/main.js. Packages with native code or wasm beside their JS stay
// external and load from node_modules; the SQL migrations are copied next to the bundle.
import { cpSync, rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: ["src/main.ts"],
  outfile: "dist/main.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  external: ["@electric-sql/pglite", "@node-rs/argon2"],
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: "warning",
});
cpSync("../../packages/db/drizzle", "dist/drizzle", { recursive: true });
console.info("built dist/main.js");
