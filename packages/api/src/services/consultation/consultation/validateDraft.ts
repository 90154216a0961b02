import type { DbOrTx } from "@cppcc/db";
import { RuleViolation, validateConsultation, type ConsultationDraft, type Violation } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import { checkReferences } from "./references";

/** Every problem of a draft: what it names must exist, and the format's rules must hold. */
export async function draftProblems(db: DbOrTx, ctx: SignedInContext, draft: ConsultationDraft): Promise<Violation[]> {
  const refs = await checkReferences(db, ctx.session.council.id, draft);
  const rules = validateConsultation(draft, { actor: ctx.actor, venue: refs.venue });
  return [...refs.violations, ...rules.map(({ path, message }) => ({ path, message }))];
}

export async function assertValidDraft(db: DbOrTx, ctx: SignedInContext, draft: ConsultationDraft): Promise<void> {
  const problems = await draftProblems(db, ctx, draft);
  if (problems.length > 0) throw new RuleViolation(problems);
}
