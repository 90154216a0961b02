import { evaluationPresets } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { loadTable, tableView } from "./loadTable";

/** A year's table for the office, with the starts it may take when the year has none yet. */
export async function getEvaluationTable({ ctx, input }: { ctx: SignedInContext; input: { year: number } }) {
  const row = await loadTable(ctx.db.db, ctx.session.council.id, input.year);
  return {
    table: row && tableView(row),
    presets: Object.entries(evaluationPresets).map(([name, t]) => ({ name, label: t.name, year: t.year, citation: t.citation })),
  };
}
