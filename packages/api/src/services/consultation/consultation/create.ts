import { consultation } from "@cppcc/db";
import { consultationFormats, consultationLevelOf, type ConsultationDraft } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { assertValidDraft } from "./validateDraft";

/** A new consultation in draft. A liaison may only create their own township's. */
export async function createConsultation({ ctx, input }: { ctx: SignedInContext; input: ConsultationDraft }) {
  return ctx.db.db.transaction(async (tx) => {
    assertCan(ctx, "consultation.manage", { townshipId: input.townshipId }, "组织此协商");
    await assertValidDraft(tx, ctx, input);
    const [row] = await tx
      .insert(consultation)
      .values({
        ...input,
        councilId: ctx.session.council.id,
        level: consultationLevelOf(consultationFormats[input.formatCode], input.townshipId),
        createdBy: ctx.session.account.id,
      })
      .returning();
    await recordEvent(tx, eventActor(ctx), { action: "consultation.create", entity: "consultation", entityId: row!.id, after: row, occurredAt: ctx.clock.now(), timeline: { label: "创建协商" } });
    return row!;
  });
}
