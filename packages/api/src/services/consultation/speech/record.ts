import { consultationSpeech, member } from "@cppcc/db";
import { consultationDutyEventSources, meetingDayProblem, NotFound, RuleViolation, speechRecordProblem, type SpeechInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockConsultation } from "../shared/consultationRow";
import { dutyCredit } from "../../events/duty";

/** A member's speech, recorded by the organiser; it counts in the member's duty record. */
export async function recordSpeech({ ctx, input }: { ctx: SignedInContext; input: SpeechInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "speech.record", { townshipId: c.townshipId }, "登记发言");
    // A written speech (书面发言) is handed in ahead; one made at the meeting waits for its day.
    const early = input.kind === "written" ? null : meetingDayProblem(c.state, c, ctx.clock.now(), "登记会上发言");
    const problem = speechRecordProblem(c.state) ?? early;
    if (problem) throw new RuleViolation(problem);
    const [m] = await tx.select({ id: member.id }).from(member).where(and(eq(member.id, input.memberId), eq(member.councilId, c.councilId)));
    if (!m) throw new NotFound("找不到发言的委员，请重新选择");
    const [row] = await tx
      .insert(consultationSpeech)
      .values({ ...input, councilId: c.councilId, recordedBy: ctx.session.account.id })
      .returning();
    const now = ctx.clock.now();
    await recordEvent(tx, eventActor(ctx), {
      action: "speech.record",
      entity: "consultation_speech",
      entityId: row!.id,
      after: row,
      occurredAt: now,
      timeline: { label: "登记发言", note: row!.title ?? null, of: { entity: "consultation", entityId: c.id } },
      duty: [dutyCredit(m.id, "consultationSpeech", { table: consultationDutyEventSources.consultationSpeech, id: row!.id }, now)],
    });
    return row!;
  });
}
