import type { DbOrTx } from "@cppcc/db";
import { reportFigures } from "@cppcc/domain";
import { liveEntriesOf } from "../duty/liveEntries";

/** A member's year in figures, from the live ledger as the record reads it. */
export async function liveFigures(db: DbOrTx, councilId: string, memberId: string, year: number) {
  return reportFigures(await liveEntriesOf(db, councilId, [memberId], year));
}
