import { account, council, member, type DbOrTx } from "@cppcc/db";
import { and, desc, eq, isNull } from "drizzle-orm";

/**
 * The member login a phone number belongs to: the member's account, not disabled. A person on the
 * roster of two councils (or two terms) signs in to the account opened last.
 */
export async function memberAccountByPhone(db: DbOrTx, phone: string) {
  const [row] = await db
    .select({ account, council: { id: council.id, name: council.name, level: council.level } })
    .from(member)
    .innerJoin(account, and(eq(account.councilId, member.councilId), eq(account.memberId, member.id)))
    .innerJoin(council, eq(council.id, account.councilId))
    .where(and(eq(member.phone, phone), eq(account.role, "member"), isNull(account.disabledAt)))
    .orderBy(desc(account.createdAt))
    .limit(1);
  return row ?? null;
}
