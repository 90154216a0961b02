import { proposal } from "@cppcc/db";
import { eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { StepInputValue } from "../inputs";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { assertEditable } from "../shared/edit";
import { lockProposal } from "../shared/row";

/**
 * Deletes a draft that was never submitted (co-signers and timeline go with it); the audit log
 * keeps what it was. Anything submitted is withdrawn instead, and stays on record.
 */
export async function discardDraft({ ctx, input }: { ctx: SignedInContext; input: StepInputValue }) {
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockProposal(tx, ctx, "proposal.write", input.id);
    assertEditable(ctx, row, input.version, "discard");
    await tx.delete(proposal).where(eq(proposal.id, row.id));
    const { titleKey: _tk, textPairs: _xp, ...before } = row;
    await recordEvent(tx, eventActor(ctx), { action: "proposal.discard", entity: "proposal", entityId: row.id, before, occurredAt: ctx.clock.now() });
    return { id: row.id, deleted: true as const };
  });
}
