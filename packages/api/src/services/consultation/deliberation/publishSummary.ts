import { consultation } from "@cppcc/db";
import { hasTakenPlace, RuleViolation } from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockConsultation } from "../shared/consultationRow";
import { assertVersion } from "../shared/version";
import type { PublishSummaryInput } from "./inputs";

/** 议事结果公示: a township consultation's summary appears on the township's public page; publishing again replaces it. */
export async function publishSummary({ ctx, input }: { ctx: SignedInContext; input: PublishSummaryInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const before = await lockConsultation(tx, ctx, input.id);
    assertCan(ctx, "consultation.manage", { townshipId: before.townshipId }, "公示议事结果");
    assertVersion(before.version, input.version, "consultation");
    if (before.townshipId == null) throw new RuleViolation("只有镇街道的协商在群众议事页面公示结果");
    if (!hasTakenPlace(before.state, before.heldOn)) throw new RuleViolation("议事召开后才能公示结果，请先登记为已召开");
    const [after] = await tx
      .update(consultation)
      .set({ summary: input.summary, summaryPublishedAt: ctx.clock.now(), version: sql`${consultation.version} + 1`, updatedAt: ctx.clock.now() })
      .where(eq(consultation.id, before.id))
      .returning();
    await recordEvent(tx, eventActor(ctx), { action: "deliberation.publishSummary", entity: "consultation", entityId: before.id, before, after, occurredAt: ctx.clock.now(), timeline: { label: "公示协商结果" } });
    return after!;
  });
}
