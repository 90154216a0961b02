import { dutyLedgerLive, type DbOrTx } from "@cppcc/db";
import type { FigureCounts, FigureFilters, FigurePeriod } from "@cppcc/domain";
import { and, count, eq, gte, lt } from "drizzle-orm";
import { byMember } from "./memberFilter";
import { instantsOf } from "./period";

/** Figures read from the duty record: what the office registered there and nothing revoked. */
export async function dutyCounts(db: DbOrTx, councilId: string, period: FigurePeriod, filters: FigureFilters): Promise<FigureCounts> {
  const { from, until } = instantsOf(period);
  const [reports] = await db
    .select({ n: count() })
    .from(dutyLedgerLive)
    .where(
      and(
        eq(dutyLedgerLive.councilId, councilId),
        eq(dutyLedgerLive.kind, "researchReport"),
        gte(dutyLedgerLive.occurredAt, from),
        lt(dutyLedgerLive.occurredAt, until),
        byMember(db, dutyLedgerLive.memberId, filters),
      ),
    );
  return { researchReports: reports!.n };
}
