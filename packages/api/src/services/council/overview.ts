import { account, council, township } from "@cppcc/db";
import { asc, count, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";

/** The signed-in person's council as the first screens show it: its place, townships and logins. */
export async function councilOverview({ ctx }: { ctx: SignedInContext }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const [[self], townships, accountsByRole] = await Promise.all([
    db.select().from(council).where(eq(council.id, councilId)),
    db
      .select({ id: township.id, name: township.name, kind: township.kind })
      .from(township)
      .where(eq(township.councilId, councilId))
      .orderBy(asc(township.sortOrder), asc(township.name)),
    db
      .select({ role: account.role, n: count() })
      .from(account)
      .where(eq(account.councilId, councilId))
      .groupBy(account.role),
  ]);
  if (!self) throw new Error(`council ${councilId} of a live session is missing`);
  const [parent] = self.parentId
    ? await db
        .select({ id: council.id, name: council.name, level: council.level })
        .from(council)
        .where(eq(council.id, self.parentId))
    : [];
  return {
    council: { id: councilId, name: self.name, level: self.level, ruleSetName: self.ruleSet.name },
    parent: parent ?? null,
    townships,
    accountsByRole: Object.fromEntries(accountsByRole.map((r) => [r.role, r.n])) as Partial<Record<string, number>>,
  };
}
