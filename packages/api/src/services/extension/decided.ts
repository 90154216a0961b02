import { consultationSuggestion, deadlineExtension, proposal } from "@cppcc/db";
import { decidedExtensionDays, Forbidden } from "@cppcc/domain";
import { and, desc, eq, gte, isNotNull } from "drizzle-orm";
import type { SignedInContext } from "../../context";

/**
 * The unit's own requests the office decided in the last days (granted or refused, with the date
 * granted and the note), newest decision first, over the (council, unit, decided) index.
 */
export async function decidedExtensions(ctx: SignedInContext, limit: number) {
  const unitId = ctx.actor.handlingUnitId;
  if (!unitId) throw new Forbidden("该账号未关联承办单位，请联系政协办公室设置");
  const e = deadlineExtension;
  const since = new Date(ctx.clock.now().getTime() - decidedExtensionDays * 86_400_000);
  const rows = await ctx.db.db
    .select({
      id: e.id,
      subjectKind: e.subjectKind,
      subjectId: e.subjectId,
      status: e.status,
      requestedDueOn: e.requestedDueOn,
      grantedDueOn: e.grantedDueOn,
      decisionNote: e.decisionNote,
      decidedAt: e.decidedAt,
      proposalNumber: proposal.number,
      proposalTitle: proposal.title,
      suggestionContent: consultationSuggestion.content,
    })
    .from(e)
    .leftJoin(proposal, and(eq(e.subjectKind, "proposal"), eq(proposal.id, e.subjectId)))
    .leftJoin(consultationSuggestion, and(eq(e.subjectKind, "suggestion"), eq(consultationSuggestion.id, e.subjectId)))
    .where(and(eq(e.councilId, ctx.session.council.id), eq(e.handlingUnitId, unitId), isNotNull(e.decidedAt), gte(e.decidedAt, since)))
    .orderBy(desc(e.decidedAt), desc(e.id))
    .limit(limit);
  return rows.map(({ proposalNumber, proposalTitle, suggestionContent, decidedAt, ...r }) => ({
    ...r,
    decidedAt: decidedAt!,
    title: r.subjectKind === "proposal" ? `${proposalNumber ? `${proposalNumber} ` : ""}${proposalTitle ?? ""}` : (suggestionContent ?? ""),
  }));
}
