import { account, township } from "@cppcc/db";
import { and, asc, eq, gt } from "drizzle-orm";
import type { SignedInContext } from "../../context";

import type { PageInput } from "@cppcc/domain";

/** The council's logins, for staff; keyset-paged by username (unique, indexed). */
export async function listAccounts({ ctx, input }: { ctx: SignedInContext; input: PageInput }) {
  const rows = await ctx.db.db
    .select({
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      township: township.name,
      disabledAt: account.disabledAt,
      createdAt: account.createdAt,
    })
    .from(account)
    .leftJoin(township, eq(township.id, account.townshipId))
    .where(and(eq(account.councilId, ctx.session.council.id), input.cursor ? gt(account.username, input.cursor) : undefined))
    .orderBy(asc(account.username))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items.at(-1)!.username : null };
}
