import { attachment } from "@cppcc/db";
import { attachmentUses, NotFound, type AttachmentOwnerKind, type AttachmentUse } from "@cppcc/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { attachmentNotFound } from "./download";
import { ownerAccess } from "./owners";
import { ownerLine } from "./timeline";

/**
 * Takes a file off its record while the record may still change: the row stays, marked removed
 * (who, when) for the audit trail; the caller then deletes the stored bytes. Answers the storage
 * key so it can.
 */
export async function removeAttachment({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  return ctx.db.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(attachment)
      .where(and(eq(attachment.id, input.id), eq(attachment.councilId, ctx.session.council.id), isNull(attachment.removedAt)));
    if (!found) throw new NotFound(attachmentNotFound);
    const use = found.use as AttachmentUse;
    const access = ownerAccess(found.ownerKind as AttachmentOwnerKind);
    const visible = await access.visible(tx, ctx, found.ownerId);
    if (!visible(found)) throw new NotFound(attachmentNotFound);
    const { handlingUnitId, timelineLabel } = await access.lockForChange(tx, ctx, found.ownerId, use);
    // A unit removes only its own letter, never another unit's.
    if (found.handlingUnitId !== null && found.handlingUnitId !== handlingUnitId) throw new NotFound(attachmentNotFound);
    const now = ctx.clock.now();
    const [row] = await tx
      .update(attachment)
      .set({ removedAt: now, removedByAccountId: ctx.session.account.id })
      .where(and(eq(attachment.id, found.id), eq(attachment.councilId, found.councilId), isNull(attachment.removedAt)))
      .returning();
    if (!row) throw new NotFound(attachmentNotFound);
    const { storageKey: _k, ...before } = found;
    await recordEvent(tx, eventActor(ctx), {
      action: "attachment.remove",
      entity: "attachment",
      entityId: row.id,
      before,
      occurredAt: now,
      timeline: ownerLine(timelineLabel("removed"), found.ownerKind, found.ownerId, `${attachmentUses[use].label}：${found.fileName}`),
    });
    return { id: row.id, storageKey: row.storageKey };
  });
}
