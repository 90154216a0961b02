import { evaluationTable, type DbOrTx } from "@cppcc/db";
import { and, eq } from "drizzle-orm";

export type StoredTable = typeof evaluationTable.$inferSelect;

/** The council's table for a year, or null when the office has not started one. */
export async function loadTable(db: DbOrTx, councilId: string, year: number, lock = false): Promise<StoredTable | null> {
  const query = db
    .select()
    .from(evaluationTable)
    .where(and(eq(evaluationTable.councilId, councilId), eq(evaluationTable.year, year)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** What the apps read of a stored table: the document and where it stands. */
export function tableView(row: StoredTable) {
  return { year: row.year, status: row.status, version: row.version, document: row.document, updatedAt: row.updatedAt, publishedAt: row.publishedAt };
}
