import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { migrate, migrationsFolder } from "./migrate";
import { auditLog, council, dutyLedger, dutyLedgerLive } from "./schema";

/** The committed migrations up to and including `lastTag`, as a folder of their own. */
function migrationsUpTo(lastTag: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cppcc-migrations-"));
  cpSync(migrationsFolder(), dir, { recursive: true });
  const journalPath = join(dir, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { idx: number; tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe("upgrading a database that has duty events to the duty ledger", () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

  it("keeps every duty event as a live ledger entry and drops the old table", async () => {
    const before = migrationsUpTo("0015_outbox");
    folders.push(before);
    const handle = await createDb({ dataDir: "memory" });
    try {
      await migrate(handle, before);
      const db = handle.db;
      await db.execute(sql`insert into council (id, name, level, rule_set) values ('00000000-0000-4000-8000-000000000001', '某县政协', 'county', '{}'::jsonb)`);
      await db.execute(sql`insert into audit_log (council_id, action, entity, entity_id, at) values ('00000000-0000-4000-8000-000000000001', 'x', 'y', 'z', '2026-01-02T03:04:05Z')`);
      const rows = [
        ["00000000-0000-4000-8000-0000000000a1", "consultationAttendance", "consultation", "c1"],
        ["00000000-0000-4000-8000-0000000000a2", "consultationAbsence", "consultation", "c1"],
        ["00000000-0000-4000-8000-0000000000a1", "proposalSubmitted", "proposal", "p1"],
      ] as const;
      for (const [memberId, kind, sourceTable, sourceId] of rows) {
        await db.execute(
          sql`insert into duty_event (council_id, member_id, kind, occurred_at, source_table, source_id) values ('00000000-0000-4000-8000-000000000001', ${memberId}, ${kind}, '2026-01-02T03:04:05Z', ${sourceTable}, ${sourceId})`,
        );
      }

      await migrate(handle);

      const live = await db.select().from(dutyLedgerLive);
      expect(live.map((e) => [e.memberId, e.kind, e.sourceTable, e.sourceId]).sort()).toEqual(rows.map((r) => [...r]).sort());
      expect(live.every((e) => e.occurredAt.toISOString() === "2026-01-02T03:04:05.000Z")).toBe(true);
      expect((await db.select().from(dutyLedger)).every((e) => e.reversesId === null)).toBe(true);
      const [old] = await db.select({ table: sql<string | null>`to_regclass('public.duty_event')::text` }).from(council);
      expect(old!.table).toBeNull();
      const [audited] = await db.select({ occurredAt: auditLog.occurredAt }).from(auditLog);
      expect(audited!.occurredAt.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    } finally {
      await handle.close();
    }
  });
});
