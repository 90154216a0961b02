import { dutyLedgerLive, type DbOrTx } from "@cppcc/db";
import type { DutyEntry } from "@cppcc/domain";
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { shanghaiYear } from "./yearBounds";

export type MemberEntry = DutyEntry & { memberId: string };

/**
 * The live ledger entries of some members in one year, as scoring reads them. Read from the live
 * view only, so corrections (reversals) are already applied; the member index serves it.
 */
export async function liveEntriesOf(db: DbOrTx, councilId: string, memberIds: readonly string[], year: number): Promise<MemberEntry[]> {
  if (memberIds.length === 0) return [];
  const { from, to } = shanghaiYear(year);
  const rows = await db
    .select({
      id: dutyLedgerLive.id,
      memberId: dutyLedgerLive.memberId,
      kind: dutyLedgerLive.kind,
      occurredAt: dutyLedgerLive.occurredAt,
      sourceTable: dutyLedgerLive.sourceTable,
      sourceId: dutyLedgerLive.sourceId,
      role: dutyLedgerLive.role,
      signers: dutyLedgerLive.signers,
      level: dutyLedgerLive.level,
    })
    .from(dutyLedgerLive)
    .where(
      and(
        eq(dutyLedgerLive.councilId, councilId),
        inArray(dutyLedgerLive.memberId, [...memberIds]),
        gte(dutyLedgerLive.occurredAt, from),
        lt(dutyLedgerLive.occurredAt, to),
      ),
    )
    .orderBy(asc(dutyLedgerLive.occurredAt), asc(dutyLedgerLive.id));
  return rows.map((r) => ({
    id: r.id,
    memberId: r.memberId,
    kind: r.kind,
    occurredAt: r.occurredAt.toISOString(),
    source: { table: r.sourceTable, id: r.sourceId },
    ...(r.role ? { role: r.role } : {}),
    ...(r.signers != null ? { signers: r.signers } : {}),
    ...(r.level ? { level: r.level } : {}),
  }));
}
