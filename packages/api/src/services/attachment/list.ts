import { attachment } from "@cppcc/db";
import { attachmentUses, type AttachmentOwnerKind } from "@cppcc/domain";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { ownerAccess } from "./owners";
import type { AttachmentRow } from "./owners/types";

/** What a file list shows; never where the bytes are kept. */
export function attachmentView(row: AttachmentRow) {
  return {
    id: row.id,
    use: row.use,
    useLabel: attachmentUses[row.use as keyof typeof attachmentUses]?.label ?? row.use,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    mimeType: row.mimeType,
    handlingUnitId: row.handlingUnitId,
    uploadedByName: row.uploadedByName,
    uploadedAt: row.uploadedAt,
  };
}

/**
 * A record's files the reader may see, in upload order. A record carries a handful of files, so
 * the list is whole (the index serves it), not paged.
 */
export async function listAttachments({ ctx, input }: { ctx: SignedInContext; input: { ownerKind: AttachmentOwnerKind; ownerId: string } }) {
  const { db } = ctx.db;
  const visible = await ownerAccess(input.ownerKind).visible(db, ctx, input.ownerId);
  const rows = await db
    .select()
    .from(attachment)
    .where(
      and(
        eq(attachment.councilId, ctx.session.council.id),
        eq(attachment.ownerKind, input.ownerKind),
        eq(attachment.ownerId, input.ownerId),
        isNull(attachment.removedAt),
      ),
    )
    .orderBy(asc(attachment.uploadedAt), asc(attachment.id));
  return rows.filter(visible).map(attachmentView);
}
