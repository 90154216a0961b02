import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrationsFolder } from "./migrate";

type Journal = { entries: { tag: string }[] };

/**
 * A copy of the migrations folder that stops before the first migration whose tag ends with
 * `suffix`: the schema as it was, for tests that upgrade an older database or judge the old
 * schema. Throws when no migration has that suffix, so a renamed migration cannot pass silently.
 */
export function migrationsBefore(suffix: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cppcc-migrations-"));
  cpSync(migrationsFolder(), dir, { recursive: true });
  const path = join(dir, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(path, "utf8")) as Journal;
  const at = journal.entries.findIndex((e) => e.tag.endsWith(suffix));
  if (at < 0) throw new Error(`no migration ending in ${suffix}`);
  writeFileSync(path, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}
