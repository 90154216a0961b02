import { attachment } from "@cppcc/db";
import { NotFound, type AttachmentOwnerKind } from "@cppcc/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { ownerAccess } from "./owners";

export const attachmentNotFound = "找不到该附件，或不在您的查看范围内";

/**
 * The file a reader asked for, if the record's own scope lets them see it; otherwise it does not
 * exist for them (the same answer as a wrong id, so ids cannot be probed).
 */
export async function attachmentForDownload({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db } = ctx.db;
  const [row] = await db
    .select()
    .from(attachment)
    .where(and(eq(attachment.id, input.id), eq(attachment.councilId, ctx.session.council.id), isNull(attachment.removedAt)));
  if (!row) throw new NotFound(attachmentNotFound);
  const visible = await ownerAccess(row.ownerKind as AttachmentOwnerKind)
    .visible(db, ctx, row.ownerId)
    .catch((error: unknown) => {
      if (error instanceof NotFound) throw new NotFound(attachmentNotFound);
      throw error;
    });
  if (!visible(row)) throw new NotFound(attachmentNotFound);
  return row;
}
