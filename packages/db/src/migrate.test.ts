import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { migrate } from "./migrate";

const url = process.env.DATABASE_URL;

// Only a real Postgres shows the race: the embedded database belongs to one process.
describe.skipIf(!url)("migrations on one Postgres", () => {
  const name = `cppcc_migrate_${randomBytes(6).toString("hex")}`;
  const admin = () => postgres(url!, { max: 1, onnotice: () => {} });
  afterAll(async () => {
    const sql = admin();
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.end();
  });

  it("lets servers started at the same moment on a fresh database all come up", async () => {
    const sql = admin();
    await sql.unsafe(`create database "${name}"`);
    await sql.end();
    const target = new URL(url!);
    target.pathname = `/${name}`;
    const servers = await Promise.all([1, 2, 3].map(() => createDb({ url: target.toString(), poolSize: 2 })));
    try {
      const results = await Promise.allSettled(servers.map((s) => migrate(s)));
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);
      const check = postgres(target.toString(), { max: 1, onnotice: () => {} });
      const applied = await check`select count(*)::int as n from drizzle.__drizzle_migrations`;
      await check.end();
      expect(applied[0]!.n).toBeGreaterThan(10);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });
});
