import { consultationParticipant } from "@cppcc/db";
import { NotFound, participantRecordProblem, RuleViolation, type ParticipantInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockConsultation } from "../shared/consultationRow";

/** A person at the consultation who is not a member (部门代表、群众、领导…), recorded by the organiser. */
export async function recordParticipant({ ctx, input }: { ctx: SignedInContext; input: ParticipantInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "attendance.mark", { townshipId: c.townshipId }, "登记参会人员");
    const problem = participantRecordProblem(c.state);
    if (problem) throw new RuleViolation(problem);
    const [row] = await tx
      .insert(consultationParticipant)
      .values({ ...input, councilId: c.councilId, recordedBy: ctx.session.account.id })
      .returning();
    await recordEvent(tx, eventActor(ctx), { action: "participant.record", entity: "consultation_participant", entityId: row!.id, after: row, occurredAt: ctx.clock.now(), timeline: { label: "登记参加人员", note: row!.name, of: { entity: "consultation", entityId: row!.consultationId } } });
    return row!;
  });
}

/** A participant recorded by mistake is taken off again, while the consultation is still open. */
export async function removeParticipant({ ctx, input }: { ctx: SignedInContext; input: { consultationId: string; id: string } }) {
  return ctx.db.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "attendance.mark", { townshipId: c.townshipId }, "修改参会人员");
    const problem = participantRecordProblem(c.state);
    if (problem) throw new RuleViolation(problem);
    const [before] = await tx
      .delete(consultationParticipant)
      .where(and(eq(consultationParticipant.id, input.id), eq(consultationParticipant.consultationId, c.id)))
      .returning();
    if (!before) throw new NotFound("找不到该参会人员，可能已被删除，请刷新");
    await recordEvent(tx, eventActor(ctx), { action: "participant.remove", entity: "consultation_participant", entityId: before.id, before, occurredAt: ctx.clock.now(), timeline: { label: "移除参加人员", note: before.name, of: { entity: "consultation", entityId: before.consultationId } } });
    return { removed: true as const };
  });
}
