import { errorMessage, problemsOf } from "@cppcc/ui";

type ItemField = "id" | "formatCode" | "topic" | "quarter" | "leadCommitteeId" | "note";
type FieldProblem = { name: ["items", number, ItemField]; errors: string[] };

/**
 * A refused plan, sorted onto the editor: "items.2.topic" goes under the third row's topic, the
 * rest (a locked plan, a conflict, "items") above the table.
 */
export function planProblems(error: unknown): { fields: FieldProblem[]; general: string[] } {
  const fields: FieldProblem[] = [];
  const general: string[] = [];
  for (const p of problemsOf(error)) {
    const m = /^items\.(\d+)\.(formatCode|topic|quarter|leadCommitteeId|note)$/.exec(p.path ?? "");
    if (m) fields.push({ name: ["items", Number(m[1]), m[2] as ItemField], errors: [p.message] });
    else general.push(p.message);
  }
  if (fields.length === 0 && general.length === 0) general.push(errorMessage(error));
  return { fields, general };
}
