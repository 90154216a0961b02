import type { DbOrTx } from "@cppcc/db";
import type { ReadonlyEvaluationTable } from "@cppcc/domain";
import { loadTable } from "../evaluation/loadTable";

export type YearTable = { table: ReadonlyEvaluationTable; status: "draft" | "published"; version: number } | null;

/**
 * The table a year is scored under: the published one, else the draft (and the record says which,
 * since a draft's scores may still change). Scores are computed on every read from the ledger and
 * this table, so a draft's change is seen at once and nothing cached can go stale.
 */
export async function yearTable(db: DbOrTx, councilId: string, year: number): Promise<YearTable> {
  const row = await loadTable(db, councilId, year);
  return row && { table: row.document, status: row.status, version: row.version };
}
