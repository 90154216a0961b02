// Lints small snippets with the configs the packages use, so a boundary rule that stops
// catching a forbidden import (or starts refusing an allowed one) fails the suite.
import assert from "node:assert/strict";
import { test } from "node:test";
import { ESLint } from "eslint";
import base from "../base.js";
import domain from "../domain.js";
import react from "../react.js";

const boundaryRules = new Set(["no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"]);

async function lint(config, filePath, code) {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages;
}

async function assertRefused(config, filePath, code) {
  const messages = await lint(config, filePath, code);
  assert.ok(
    messages.some((m) => boundaryRules.has(m.ruleId)),
    `expected a boundary error for ${filePath}:\n${code}\ngot: ${JSON.stringify(messages)}`,
  );
}

async function assertClean(config, filePath, code) {
  const messages = await lint(config, filePath, code);
  assert.deepEqual(messages, [], `expected no lint message for ${filePath}:\n${code}`);
}

const page = "src/pages/Page.tsx";

test("browser code refuses the API's values and anything of the database", async () => {
  for (const code of [
    'import { appRouter } from "@cppcc/api";\nexport const r = appRouter;',
    'import { type AppRouter, appRouter } from "@cppcc/api";\nexport const r: AppRouter = appRouter;',
    'import * as api from "@cppcc/api";\nexport const r = api;',
    'import { createCaller } from "@cppcc/api/trpc/caller";\nexport const c = createCaller;',
    'export { appRouter } from "@cppcc/api";',
    'import "@cppcc/api";',
    'import { createDb } from "@cppcc/db";\nexport const d = createDb;',
    'import type { Db } from "@cppcc/db";\nexport type D = Db;',
    'import { member } from "@cppcc/db/schema";\nexport const m = member;',
    'import { eq } from "drizzle-orm";\nexport const e = eq;',
    'import { pgTable } from "drizzle-orm/pg-core";\nexport const t = pgTable;',
    'import postgres from "postgres";\nexport const p = postgres;',
    'import { PGlite } from "@electric-sql/pglite";\nexport const p = PGlite;',
  ]) {
    await assertRefused(react, page, code);
  }
});

test("browser code may take the API's types and the domain's rules", async () => {
  for (const code of [
    'import type { AppRouter } from "@cppcc/api";\nexport type R = AppRouter;',
    'import { type RouterOutputs } from "@cppcc/api";\nexport type O = RouterOutputs;',
    'export type { AppRouter } from "@cppcc/api";',
    'import { can } from "@cppcc/domain";\nexport const c = can;',
    'import { Button } from "antd";\nexport const b = Button;',
  ]) {
    await assertClean(react, page, code);
  }
});

test("the server is not held to the browser's boundary", async () => {
  await assertClean(base, "src/main.ts", 'import { appRouter } from "@cppcc/api";\nimport { createDb } from "@cppcc/db";\nexport const x = [appRouter, createDb];');
});

const rule = "src/consultation/rule.ts";

test("the domain refuses I/O and workspace packages", async () => {
  for (const code of [
    'import { readFileSync } from "node:fs";\nexport const r = readFileSync;',
    'import { readFileSync } from "fs";\nexport const r = readFileSync;',
    'import { connect } from "node:net";\nexport const c = connect;',
    'import { createServer } from "http";\nexport const s = createServer;',
    'import { request } from "node:https";\nexport const s = request;',
    'import { exec } from "node:child_process";\nexport const e = exec;',
    'import { readFile } from "node:fs/promises";\nexport const r = readFile;',
    'import pg from "pg";\nexport const p = pg;',
    'import postgres from "postgres";\nexport const p = postgres;',
    'import { PGlite } from "@electric-sql/pglite";\nexport const p = PGlite;',
    'import { eq } from "drizzle-orm";\nexport const e = eq;',
    'import { createDb } from "@cppcc/db";\nexport const d = createDb;',
    'import type { AppRouter } from "@cppcc/api";\nexport type R = AppRouter;',
    'import { Button } from "@cppcc/ui";\nexport const b = Button;',
    'export const load = () => fetch("/rules.json");',
    'export const port = process.env.PORT;',
    'export const load = () => import("./other");',
  ]) {
    await assertRefused(domain, rule, code);
  }
});

test("the domain may use zod, pinyin-pro and its own files", async () => {
  for (const code of [
    'import { z } from "zod";\nexport const s = z.string();',
    'import { pinyin } from "pinyin-pro";\nexport const p = pinyin;',
    'import { can } from "../policy";\nexport const c = can;',
  ]) {
    await assertClean(domain, rule, code);
  }
});

test("a domain test may read files but still imports no workspace package", async () => {
  await assertClean(
    domain,
    "src/labels.test.ts",
    'import { readFileSync } from "node:fs";\nimport { expect, it } from "vitest";\nit("reads", () => expect(readFileSync).toBeTruthy());',
  );
  await assertRefused(domain, "src/labels.test.ts", 'import { createDb } from "@cppcc/db";\nexport const d = createDb;');
});
