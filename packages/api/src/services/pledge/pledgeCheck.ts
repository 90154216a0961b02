import type { DbOrTx } from "@cppcc/db";
import { checkPledge, shanghaiDate, type PledgeItem, type PledgeJudgement } from "@cppcc/domain";
import { liveEntriesOf } from "../duty/liveEntries";

/** Whether the year is over on `now`'s day in Shanghai: only then is an unreached target not met. */
export function yearOver(year: number, now: Date): boolean {
  return shanghaiDate(now) > `${year}-12-31`;
}

/** Pledges of one year checked against their members' live ledger entries of that year, read once for all. */
export async function checkPledges<P extends { memberId: string; items: PledgeItem[]; judgements: Record<number, PledgeJudgement> }>(
  db: DbOrTx,
  councilId: string,
  year: number,
  now: Date,
  pledges: readonly P[],
) {
  const entries = await liveEntriesOf(db, councilId, [...new Set(pledges.map((p) => p.memberId))], year);
  const byMember = new Map<string, { kind: string }[]>();
  for (const e of entries) byMember.set(e.memberId, [...(byMember.get(e.memberId) ?? []), e]);
  const over = yearOver(year, now);
  return pledges.map((p) => ({ pledge: p, check: checkPledge(p.items, byMember.get(p.memberId) ?? [], { yearOver: over, judgements: p.judgements }) }));
}
