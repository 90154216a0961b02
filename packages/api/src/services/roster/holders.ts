import { member, type DbOrTx } from "@cppcc/db";
import { singleHolderPosts } from "@cppcc/domain";
import { and, eq, inArray } from "drizzle-orm";

/** Active holders of one-holder posts (chair, secretary-general) in a term: the rule needs no more rows. */
export function singlePostHolders(db: DbOrTx, termId: string) {
  return db
    .select({ id: member.id, name: member.name, post: member.post, status: member.status, phone: member.phone })
    .from(member)
    .where(and(eq(member.termId, termId), eq(member.status, "active"), inArray(member.post, [...singleHolderPosts])));
}
