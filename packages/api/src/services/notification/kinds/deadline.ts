import type { NotificationLink } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@cppcc/db";
import { officeAccounts, organisers, unitAccounts } from "./audiences";
import { dayLabel, excerpt, proposalFacts, proposalName, suggestionFacts, unitName } from "./records";

/**
 * What the two deadline kinds (approaching, overdue) share: a unit's task on a proposal or a
 * suggestion, told to the unit and, separately, to whoever follows it (the office, or a township
 * deliberation's liaisons). Open until the task is answered, or its deadline moved by an extension.
 */
export const deadlinePayload = z.object({
  subject: z.enum(["proposal", "suggestion"]),
  id: z.string(),
  handlingUnitId: z.string(),
  dueOn: z.string(),
  audience: z.enum(["unit", "office"]),
  /** Days left before the deadline, or days past it. */
  days: z.number().int(),
});
export type DeadlinePayload = z.infer<typeof deadlinePayload>;

export const deadlineSubjectEntity = (p: DeadlinePayload) => (p.subject === "proposal" ? "proposal" : "consultation_suggestion");

export function deadlineRecipients(councilId: string, p: DeadlinePayload) {
  const unit = sql`${p.handlingUnitId}::uuid`;
  if (p.subject === "proposal") {
    return sql`select a.id as account_id, pr.id as subject_id, pr.status not in ('assigned', 'rehandling') as done
      from proposal pr join account a on a.council_id = pr.council_id and ${p.audience === "unit" ? unitAccounts(unit) : officeAccounts()}
      where pr.council_id = ${councilId} and pr.id = ${p.id}
      for share of pr`;
  }
  return sql`select a.id as account_id, s.id as subject_id, (s.state <> 'routed' or s.deadline is distinct from ${p.dueOn}::date) as done
    from consultation_suggestion s join account a on a.council_id = s.council_id and ${p.audience === "unit" ? unitAccounts(unit) : organisers(sql`s.township_id`)}
    where s.council_id = ${councilId} and s.id = ${p.id}
    for share of s`;
}

/** The record named as people know it, and where each audience acts on it. */
export async function deadlineSubject(db: DbOrTx, councilId: string, p: DeadlinePayload): Promise<{ name: string; link: NotificationLink; unit: string } | null> {
  const unit = (await unitName(db, councilId, p.handlingUnitId)) ?? "承办单位";
  if (p.subject === "proposal") {
    const f = await proposalFacts(db, councilId, p.id);
    if (!f) return null;
    const link: NotificationLink = p.audience === "unit" ? { app: "admin", path: `/handling/${p.id}` } : { app: "admin", path: `/proposals/${p.id}` };
    return { name: `提案${proposalName(f)}`, link, unit };
  }
  const f = await suggestionFacts(db, councilId, p.id);
  if (!f) return null;
  const link: NotificationLink =
    p.audience === "unit"
      ? { app: "admin", path: "/suggestions" }
      : f.townshipId
        ? { app: "liaison", path: "/open-items" }
        : { app: "admin", path: `/consultations/${f.consultationId}` };
  return { name: `「${f.consultationTitle}」的意见建议「${excerpt(f.content, 20)}」`, link, unit };
}

export const dueOnLabel = (p: DeadlinePayload) => dayLabel(p.dueOn);
