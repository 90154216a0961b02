import { proposal } from "@cppcc/db";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { SaveDraftInput } from "../inputs";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { assertEditable } from "../shared/edit";
import { summaryOf } from "../shared/persist";
import { lockProposal } from "../shared/row";

/**
 * Autosave while the member types (and staff entering a paper proposal). Only the fields sent
 * change; each save moves the version on, so a second tab editing the same draft gets CONFLICT
 * instead of silently overwriting the first.
 */
export async function saveDraft({ ctx, input }: { ctx: SignedInContext; input: SaveDraftInput }) {
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockProposal(tx, ctx, "proposal.write", input.id);
    assertEditable(ctx, row, input.version, "text");
    const changes = {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.situation !== undefined && { situation: input.situation }),
      ...(input.suggestions !== undefined && { suggestions: input.suggestions }),
      ...(input.category !== undefined && { category: input.category }),
      ...(input.isLivelihood !== undefined && { isLivelihood: input.isLivelihood }),
    };
    const [after] = await tx
      .update(proposal)
      .set({ ...changes, version: sql`${proposal.version} + 1`, updatedAt: ctx.clock.now() })
      .where(eq(proposal.id, row.id))
      .returning();
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof changes]]));
    await recordEvent(tx, eventActor(ctx), { action: "proposal.saveDraft", entity: "proposal", entityId: row.id, before, after: changes, occurredAt: ctx.clock.now() });
    return { ...summaryOf(after!), updatedAt: after!.updatedAt };
  });
}
