import { deadlineExtension, type DbOrTx } from "@cppcc/db";
import type { ExtensionStatus, ExtensionSubjectKind } from "@cppcc/domain";
import { and, eq, inArray, ne } from "drizzle-orm";

export type PeriodExtension = { status: ExtensionStatus; grantedDueOn: string | null };

/**
 * The requests still in play (waiting or granted) in each subject's current handling period, for
 * a list page: enough for the screen to show 已延期 and to offer 申请延期 only while it may succeed.
 * One query for the page, by deadline_extension_subject_idx.
 */
export async function periodExtensions(
  db: DbOrTx,
  kind: ExtensionSubjectKind,
  subjects: readonly { id: string; period: string | null }[],
): Promise<Map<string, PeriodExtension[]>> {
  const current = subjects.filter((s) => s.period !== null);
  const found = new Map<string, PeriodExtension[]>(subjects.map((s) => [s.id, []]));
  if (current.length === 0) return found;
  const rows = await db
    .select({ subjectId: deadlineExtension.subjectId, period: deadlineExtension.period, status: deadlineExtension.status, grantedDueOn: deadlineExtension.grantedDueOn })
    .from(deadlineExtension)
    .where(and(eq(deadlineExtension.subjectKind, kind), inArray(deadlineExtension.subjectId, current.map((s) => s.id)), ne(deadlineExtension.status, "refused")));
  const periods = new Map(current.map((s) => [s.id, s.period]));
  for (const r of rows) {
    if (periods.get(r.subjectId) === r.period) found.get(r.subjectId)!.push({ status: r.status, grantedDueOn: r.grantedDueOn });
  }
  return found;
}
