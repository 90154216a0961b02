import { consultation } from "@cppcc/db";
import {
  applyConsultationPatch,
  consultationEditProblems,
  consultationFormats,
  consultationLevelOf,
  RuleViolation,
  type ConsultationUpdate,
} from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { draftOf, lockConsultation } from "../shared/consultationRow";
import { assertVersion } from "../shared/version";
import { assertValidDraft } from "./validateDraft";

/** Changes what the state still allows, judged as a whole draft afterwards. */
export async function updateConsultation({ ctx, input }: { ctx: SignedInContext; input: ConsultationUpdate }) {
  const { id, version, ...patch } = input;
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockConsultation(tx, ctx, id);
    assertCan(ctx, "consultation.manage", { townshipId: before.townshipId }, "修改此协商");
    assertVersion(before.version, version, "consultation");
    const frozen = consultationEditProblems(before.state, patch);
    if (frozen.length > 0) throw new RuleViolation(frozen.map(({ path, message }) => ({ path, message })));
    const draft = applyConsultationPatch(draftOf(before), patch);
    await assertValidDraft(tx, ctx, draft);
    const [after] = await tx
      .update(consultation)
      .set({
        ...draft,
        level: consultationLevelOf(consultationFormats[draft.formatCode], draft.townshipId),
        version: sql`${consultation.version} + 1`,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(consultation.id, id))
      .returning();
    await recordEvent(tx, eventActor(ctx), { action: "consultation.update", entity: "consultation", entityId: id, before, after, occurredAt: ctx.clock.now(), timeline: { label: "修改协商信息" } });
    return after!;
  });
}
