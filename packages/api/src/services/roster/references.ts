import { committee, sector, term, townshipGroup, type DbOrTx } from "@cppcc/db";
import { RuleViolation, type Violation } from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";

/**
 * Ids from a form must belong to the signed-in council: a foreign key alone would accept
 * another council's sector. Every wrong reference is reported, not just the first.
 */
export async function assertRosterReferences(
  db: DbOrTx,
  councilId: string,
  refs: { termId?: string; sectorId?: string; committeeIds?: readonly string[]; townshipGroupId?: string },
) {
  const problems: Violation[] = [];
  const count = async (table: typeof sector | typeof committee | typeof townshipGroup | typeof term, ids: readonly string[]) =>
    ids.length === 0
      ? 0
      : (await db.select({ id: table.id }).from(table).where(and(eq(table.councilId, councilId), inArray(table.id, [...ids])))).length;

  if (refs.termId && (await count(term, [refs.termId])) !== 1) problems.push({ path: "termId", message: "所选届次不存在" });
  if (refs.sectorId && (await count(sector, [refs.sectorId])) !== 1) problems.push({ path: "sectorId", message: "所选界别不存在，请重新选择" });
  if (refs.committeeIds && (await count(committee, [...new Set(refs.committeeIds)])) !== new Set(refs.committeeIds).size) {
    problems.push({ path: "committeeIds", message: "所选专委会中有不存在的一项，请重新选择" });
  }
  if (refs.townshipGroupId && (await count(townshipGroup, [refs.townshipGroupId])) !== 1) {
    problems.push({ path: "townshipGroupId", message: "所选委员小组不存在，请重新选择" });
  }
  if (problems.length > 0) throw new RuleViolation(problems);
}
