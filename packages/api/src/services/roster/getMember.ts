import { account, member, membership } from "@cppcc/db";
import { Forbidden, NotFound, visiblePhone } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { referenceNames } from "./names";
import { memberScope, outOfScopeMessage } from "./scope";

/** One member with the whole history of their places; outside the reader's scope it does not exist. */
export async function getMember({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db } = ctx.db;
  const [row] = await db
    .select()
    .from(member)
    .where(and(memberScope(ctx, "roster.read"), eq(member.id, input.id)))
    .limit(1);
  if (!row) {
    // Say "not yours" rather than "not there" when it exists in the council: the officer should know to ask.
    const [exists] = await db
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.id, input.id), eq(member.councilId, ctx.session.council.id)));
    if (exists) throw new Forbidden(outOfScopeMessage(ctx.actor.role));
    throw new NotFound("找不到该委员");
  }

  const [history, names, [login]] = await Promise.all([
    db.select().from(membership).where(eq(membership.memberId, row.id)).orderBy(asc(membership.startDate), asc(membership.kind)),
    referenceNames(db, row.councilId),
    db
      .select({ id: account.id, username: account.username, disabledAt: account.disabledAt })
      .from(account)
      .where(eq(account.memberId, row.id))
      .limit(1),
  ]);
  const nameOf = new Map([...names.sectors, ...names.committees, ...names.groups].map((r) => [r.id, r.name]));
  const current = history.filter((h) => h.endDate === null);
  const { nameInitials: _i, namePinyin: _p, councilId: _c, ...record } = row;
  return {
    ...record,
    phone: visiblePhone(ctx.actor, row),
    sectorName: nameOf.get(row.sectorId) ?? "",
    townshipGroupName: nameOf.get(row.townshipGroupId) ?? "",
    committeeIds: current.filter((h) => h.kind === "committee").map((h) => h.targetId),
    committeeNames: current.filter((h) => h.kind === "committee").map((h) => nameOf.get(h.targetId) ?? ""),
    memberships: history.map((h) => ({
      id: h.id,
      kind: h.kind,
      targetId: h.targetId,
      targetName: nameOf.get(h.targetId) ?? "",
      startDate: h.startDate,
      endDate: h.endDate,
    })),
    // Only the office manages logins, so only the office learns whether one exists.
    account: ctx.actor.role === "admin" && login ? login : null,
  };
}
