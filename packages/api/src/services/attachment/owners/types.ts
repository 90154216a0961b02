import type { attachment, DbOrTx } from "@cppcc/db";
import type { AttachmentUse } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";

export type AttachmentRow = typeof attachment.$inferSelect;

/**
 * How one kind of record decides about its files, by its own scope: who may see which of them,
 * and who may add or remove one now. Each owner module answers for its own record only.
 */
export type OwnerAccess = {
  /**
   * The record as the reader may see it, or NotFound (outside the reader's scope it does not exist);
   * the answer says which of its files this reader sees.
   */
  visible: (db: DbOrTx, ctx: SignedInContext, ownerId: string) => Promise<(file: AttachmentRow) => boolean>;
  /**
   * Locks the record for the rest of the transaction and throws unless this actor may add or
   * remove a file of `use` now (the record still editable). Says which unit the file is from, if
   * any, and the label of the record's timeline line (none: the change stays out of it).
   */
  lockForChange: (
    tx: DbOrTx,
    ctx: SignedInContext,
    ownerId: string,
    use: AttachmentUse,
  ) => Promise<{ handlingUnitId: string | null; timelineLabel: (change: "added" | "removed") => string | undefined }>;
};
