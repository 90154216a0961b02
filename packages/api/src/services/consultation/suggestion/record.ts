import { consultationSuggestion, handlingUnit, member, type DbOrTx } from "@cppcc/db";
import {
  consultationDutyEventSources,
  meetingDayProblem,
  NotFound,
  RuleViolation,
  suggestionDutyEvent,
  suggestionSubmitProblem,
  type MemberSuggestionInput,
  type SuggestionInput,
} from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { ownMember } from "../../shared/own";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockConsultation, visibleConsultation, type ConsultationRow } from "../shared/consultationRow";
import { dutyCredit } from "../../events/duty";

/** The organiser records a suggestion made at the meeting by a member, a resident or a department's representative. */
export async function recordSuggestion({ ctx, input }: { ctx: SignedInContext; input: SuggestionInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "suggestion.record", { townshipId: c.townshipId }, "登记意见建议");
    await assertAuthorExists(tx, c.councilId, input);
    const { consultationId: _c, ...fields } = input;
    return insertSuggestion(tx, ctx, c, fields, "登记意见建议");
  });
}

/** A member adds their own suggestion from the portal, to a consultation they are invited to. */
export async function submitSuggestion({ ctx, input }: { ctx: SignedInContext; input: MemberSuggestionInput }) {
  const memberId = ownMember(ctx);
  return ctx.db.db.transaction(async (tx) => {
    const c = await visibleConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "suggestion.submit", { memberId }, "提交意见建议");
    return insertSuggestion(tx, ctx, c, {
      content: input.content,
      category: input.category,
      authorKind: "member",
      authorMemberId: memberId,
      authorName: null,
      authorUnitId: null,
    }, "提交意见建议");
  });
}

async function insertSuggestion(
  tx: DbOrTx,
  ctx: SignedInContext,
  c: ConsultationRow,
  fields: Omit<SuggestionInput, "consultationId">,
  what: string,
) {
  const stateProblem = suggestionSubmitProblem(c.state) ?? meetingDayProblem(c.state, c, ctx.clock.now(), what);
  if (stateProblem) throw new RuleViolation(stateProblem);
  const [row] = await tx
    .insert(consultationSuggestion)
    .values({ ...fields, councilId: c.councilId, consultationId: c.id, townshipId: c.townshipId, createdBy: ctx.session.account.id })
    .returning();
  const duty = suggestionDutyEvent(row!);
  const now = ctx.clock.now();
  await recordEvent(tx, eventActor(ctx), {
    action: "suggestion.record",
    entity: "consultation_suggestion",
    entityId: row!.id,
    after: row,
    occurredAt: now,
    timeline: [{ label: what, of: { entity: "consultation", entityId: c.id } }, { label: what }],
    duty: duty ? [dutyCredit(duty.memberId, duty.kind, { table: consultationDutyEventSources[duty.kind], id: row!.id }, now)] : [],
  });
  return row!;
}

async function assertAuthorExists(tx: DbOrTx, councilId: string, input: SuggestionInput) {
  if (input.authorMemberId) {
    const [m] = await tx.select({ id: member.id }).from(member).where(and(eq(member.id, input.authorMemberId), eq(member.councilId, councilId)));
    if (!m) throw new NotFound("找不到提出意见的委员，请重新选择");
  }
  if (input.authorUnitId) {
    const [u] = await tx
      .select({ id: handlingUnit.id })
      .from(handlingUnit)
      .where(and(eq(handlingUnit.id, input.authorUnitId), eq(handlingUnit.councilId, councilId)));
    if (!u) throw new NotFound("找不到部门代表所在单位，请重新选择");
  }
}
