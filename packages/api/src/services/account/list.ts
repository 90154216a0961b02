import { account, township } from "@cppcc/db";
import { cursorCodec, cursorKey, type AccountListInput } from "@cppcc/domain";
import { and, asc, count, eq, gt, ilike, isNotNull, isNull, or } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { escapeLike } from "../like";

const usernameCursor = cursorCodec(cursorKey.text);

/** The council's logins, for staff, filtered by role, status and text; keyset-paged by username (unique, indexed). */
export async function listAccounts({ ctx, input }: { ctx: SignedInContext; input: AccountListInput }) {
  const after = usernameCursor.decode(input.cursor);
  const search = input.search ? `%${escapeLike(input.search)}%` : undefined;
  const filters = and(
    eq(account.councilId, ctx.session.council.id),
    input.role ? eq(account.role, input.role) : undefined,
    input.status === "active" ? isNull(account.disabledAt) : input.status === "disabled" ? isNotNull(account.disabledAt) : undefined,
    search ? or(ilike(account.username, search), ilike(account.displayName, search)) : undefined,
  );
  // The total for these filters, counted with the first page only: later pages keep the first's.
  const total = after ? null : ctx.db.db.select({ n: count() }).from(account).where(filters);
  const rowsQuery = ctx.db.db
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
    .where(and(filters, after ? gt(account.username, after[0]) : undefined))
    .orderBy(asc(account.username))
    .limit(input.limit + 1);
  const [rows, counted] = await Promise.all([rowsQuery, total]);
  const items = rows.slice(0, input.limit);
  return {
    items,
    nextCursor: rows.length > input.limit ? usernameCursor.encode([items.at(-1)!.username]) : null,
    total: counted ? counted[0]!.n : null,
  };
}
