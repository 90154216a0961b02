import { attachment } from "@cppcc/db";
import { attachmentFileName, attachmentRefusals, attachmentUses, ownerKindOf, refusalError } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { ownerLine } from "./timeline";
import type { AttachmentTarget, ReceivedFile } from "./inputs";
import { ownerAccess } from "./owners";
import { limitFor } from "./rules";

/**
 * Makes a stored file part of its record, in one transaction with the record locked: the record
 * still editable, the file within the council's limit and of a kind the use takes (judged from the
 * bytes' type), then the row and its event (audit, and the record's timeline where it has one).
 */
export async function registerAttachment({ ctx, input }: { ctx: SignedInContext; input: AttachmentTarget & { file: ReceivedFile } }) {
  const ownerKind = ownerKindOf(input.use);
  return ctx.db.db.transaction(async (tx) => {
    const { handlingUnitId, timelineLabel } = await ownerAccess(ownerKind).lockForChange(tx, ctx, input.ownerId, input.use);
    const limit = await limitFor(tx, ctx.session.council.id, input.use);
    const refusals = attachmentRefusals(limit, { size: input.file.sizeBytes, mimeType: input.file.mimeType });
    if (refusals.length > 0) throw refusalError(refusals);
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(attachment)
      .values({
        councilId: ctx.session.council.id,
        ownerKind,
        ownerId: input.ownerId,
        use: input.use,
        handlingUnitId,
        fileName: attachmentFileName(input.file.fileName),
        sizeBytes: input.file.sizeBytes,
        mimeType: input.file.mimeType!,
        sha256: input.file.sha256,
        storageKey: input.file.storageKey,
        uploadedByAccountId: ctx.session.account.id,
        uploadedByName: ctx.session.account.displayName,
        uploadedAt: now,
      })
      .returning();
    const { storageKey: _k, ...after } = row!;
    await recordEvent(tx, eventActor(ctx), {
      action: "attachment.add",
      entity: "attachment",
      entityId: row!.id,
      after,
      occurredAt: now,
      timeline: ownerLine(timelineLabel("added"), ownerKind, input.ownerId, `${attachmentUses[input.use].label}：${row!.fileName}`),
    });
    return row!;
  });
}

