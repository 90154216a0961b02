import { account, accountUsername, member, type DbOrTx } from "@cppcc/db";
import type { MemberLoginTarget } from "@cppcc/domain";
import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";
import { resolveTermId } from "../roster/currentTerm";
import { inCommittee } from "../roster/inCommittee";

/**
 * Members of the council's current term, still serving, with no login, whom the target names
 * (the roster's filters, or the rows chosen in the list), in roster order.
 */
export async function loginCandidates(db: DbOrTx, councilId: string, target: MemberLoginTarget) {
  const termId = await resolveTermId(db, councilId);
  const hasLogin = db.select({ one: sql`1` }).from(account).where(and(eq(account.memberId, member.id), eq(account.councilId, councilId)));
  const chosen =
    target.kind === "members"
      ? [inArray(member.id, target.memberIds)]
      : [
          target.sectorId ? eq(member.sectorId, target.sectorId) : undefined,
          target.townshipGroupId ? eq(member.townshipGroupId, target.townshipGroupId) : undefined,
          target.committeeId ? inCommittee(db, target.committeeId) : undefined,
        ];
  return db
    .select({ id: member.id, name: member.name, phone: member.phone })
    .from(member)
    .where(and(eq(member.councilId, councilId), eq(member.termId, termId), eq(member.status, "active"), notExists(hasLogin), ...chosen))
    .orderBy(asc(member.namePinyin), asc(member.id));
}

/** Which of these usernames some login, in any council, already has. */
export async function takenUsernames(db: DbOrTx, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.select({ username: accountUsername.username }).from(accountUsername).where(inArray(accountUsername.username, usernames));
  return new Set(rows.map((r) => r.username));
}
