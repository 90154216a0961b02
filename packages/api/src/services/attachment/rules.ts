import { council, type DbOrTx } from "@cppcc/db";
import { attachmentLimit, type AttachmentLimit, type AttachmentUse } from "@cppcc/domain";
import { eq } from "drizzle-orm";

/** The council's limit for one use, read where it is applied. */
export async function limitFor(db: DbOrTx, councilId: string, use: AttachmentUse): Promise<AttachmentLimit> {
  const [row] = await db.select({ ruleSet: council.ruleSet }).from(council).where(eq(council.id, councilId)).limit(1);
  if (!row) throw new Error(`council ${councilId} vanished`);
  return attachmentLimit(row.ruleSet.attachment, use);
}
