import { ownerKindOf, type AttachmentLimit } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import type { AttachmentTarget } from "./inputs";
import { ownerAccess } from "./owners";
import { limitFor } from "./rules";

/**
 * Before a byte is stored: may this person add a file of this use to this record now, and how large
 * and of which kinds may it be. Checked again when the file is registered, in that transaction.
 */
export async function uploadPermit({ ctx, input }: { ctx: SignedInContext; input: AttachmentTarget }): Promise<AttachmentLimit> {
  return ctx.db.db.transaction(async (tx) => {
    await ownerAccess(ownerKindOf(input.use)).lockForChange(tx, ctx, input.ownerId, input.use);
    return limitFor(tx, ctx.session.council.id, input.use);
  });
}
