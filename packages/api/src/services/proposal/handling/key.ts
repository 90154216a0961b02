import { proposalKey } from "@cppcc/db";
import { NotFound } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { followUpInput, markKeyInput } from "../inputs";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockProposal } from "../shared/row";
import { runStep } from "../shared/step";

/** 列为重点提案 with its sponsoring leader and follow-up day; counts for the first proposer's duty record. */
export function markKeyProposal({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof markKeyInput> }) {
  return runStep(ctx, input, {
    action: "proposal.assign",
    event: () => ({ type: "markKey", keyProposal: input.keyProposal }),
    effects: async (tx, { row, after }) => {
      const key = after.state.keyProposal!;
      await tx.insert(proposalKey).values({
        proposalId: row.id,
        councilId: row.councilId,
        sponsorName: key.sponsorName,
        sponsorTitle: key.sponsorTitle,
        followUpOn: key.followUpOn,
        markedOn: key.markedOn,
        accountId: ctx.session.account.id,
      });
      return { sponsorName: key.sponsorName, sponsorTitle: key.sponsorTitle, followUpOn: key.followUpOn };
    },
  });
}

/** 回头看: records that the follow-up review of a key proposal was held, and what it found. */
export async function recordFollowUp({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof followUpInput> }) {
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockProposal(tx, ctx, "proposal.assign", input.id);
    const [key] = await tx
      .update(proposalKey)
      .set({ followUpHeldOn: input.heldOn, followUpNote: input.note ?? null, updatedAt: ctx.clock.now() })
      .where(and(eq(proposalKey.proposalId, row.id), eq(proposalKey.councilId, row.councilId)))
      .returning();
    if (!key) throw new NotFound("该提案不是重点提案，请先列为重点提案");
    await recordEvent(tx, eventActor(ctx), {
      action: "proposal.followUp",
      entity: "proposal",
      entityId: row.id,
      after: key,
      occurredAt: ctx.clock.now(),
      timeline: { label: "followUpHeld", detail: { heldOn: input.heldOn, note: input.note ?? null } },
    });
    return { id: row.id, followUpHeldOn: key.followUpHeldOn, followUpNote: key.followUpNote };
  });
}
