import { account, council, member, type DbOrTx } from "@cppcc/db";
import { and, eq, isNull } from "drizzle-orm";

/** The phone a text reaches for this login (its member's, on the roster), with the council's name; null if none. */
export async function smsRecipient(db: DbOrTx, councilId: string, accountId: string) {
  const [row] = await db
    .select({ phone: member.phone, councilName: council.name })
    .from(account)
    .innerJoin(member, and(eq(member.councilId, account.councilId), eq(member.id, account.memberId)))
    .innerJoin(council, eq(council.id, account.councilId))
    .where(and(eq(account.councilId, councilId), eq(account.id, accountId), isNull(account.disabledAt)))
    .limit(1);
  return row ?? null;
}
