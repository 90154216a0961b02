import { account, member, type Db } from "@cppcc/db";
import { and, eq } from "drizzle-orm";

/** The demo member login's phone, as the roster holds it. */
export async function memberPhone(db: Db, username = "member"): Promise<string> {
  const [row] = await db
    .select({ phone: member.phone })
    .from(account)
    .innerJoin(member, and(eq(member.councilId, account.councilId), eq(member.id, account.memberId)))
    .where(eq(account.username, username));
  if (!row) throw new Error(`no member login ${username}`);
  return row.phone;
}
