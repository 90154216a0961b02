import { account, member, sector, townshipGroup } from "@cppcc/db";
import { searchesFullPhones, textCursor, type memberListInput, visiblePhone, type Action, type Actor, type Page } from "@cppcc/domain";
import { and, asc, count, eq, exists, ilike, notExists, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../context";
import { escapeLike } from "../like";
import { resolveTermId } from "./currentTerm";
import { inCommittee } from "./inCommittee";
import { currentCommittees, referenceNames } from "./names";
import { assertGroupInScope, memberScope } from "./scope";

export type MemberListFilters = z.output<typeof memberListInput>;

/**
 * The filtered member list, keyset-paged by (pinyin, id) so page 100 costs what page 1 does.
 * "roster" is the full record within the reader's scope; "directory" is what fellow members see.
 */
export async function listMembers({
  ctx,
  input,
  view = "roster",
}: {
  ctx: SignedInContext;
  input: MemberListFilters;
  view?: "roster" | "directory";
}) {
  const action: Action = view === "roster" ? "roster.read" : "roster.directory";
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const termId = await resolveTermId(db, councilId, input.termId);

  const where: (SQL | undefined)[] = [memberScope(ctx, action), eq(member.termId, termId)];
  if (input.sectorId) where.push(eq(member.sectorId, input.sectorId));
  if (input.townshipGroupId) {
    if (view === "roster") await assertGroupInScope(ctx, input.townshipGroupId);
    where.push(eq(member.townshipGroupId, input.townshipGroupId));
  }
  if (input.partyAffiliation) where.push(eq(member.partyAffiliation, input.partyAffiliation));
  if (input.post) where.push(eq(member.post, input.post));
  if (view === "directory") where.push(eq(member.status, "active"));
  else if (input.status) where.push(eq(member.status, input.status));
  if (input.committeeId) where.push(inCommittee(db, input.committeeId));
  if (input.login && view === "roster") {
    const login = db.select({ one: sql`1` }).from(account).where(and(eq(account.memberId, member.id), eq(account.councilId, councilId)));
    where.push(input.login === "none" ? notExists(login) : exists(login));
  }
  const query = input.query?.trim();
  if (query) where.push(queryMatches(query, view, ctx.actor));
  // The total for these filters, counted with the first page only: later pages keep the first's.
  const total = input.cursor ? null : db.select({ n: count() }).from(member).where(and(...where));
  const after = textCursor.decode(input.cursor);
  if (after) {
    const [pinyin, id] = after;
    where.push(sql`(${member.namePinyin}, ${member.id}) > (${pinyin}, ${id}::uuid)`);
  }

  const rowsQuery = db
    .select({
      id: member.id,
      name: member.name,
      namePinyin: member.namePinyin,
      gender: member.gender,
      birthDate: member.birthDate,
      ethnicity: member.ethnicity,
      partyAffiliation: member.partyAffiliation,
      employerAndTitle: member.employerAndTitle,
      phone: member.phone,
      post: member.post,
      status: member.status,
      withdrawnOn: member.withdrawnOn,
      sectorId: member.sectorId,
      sectorName: sector.name,
      townshipGroupId: member.townshipGroupId,
      townshipGroupName: townshipGroup.name,
      version: member.version,
    })
    .from(member)
    .innerJoin(sector, eq(sector.id, member.sectorId))
    .innerJoin(townshipGroup, eq(townshipGroup.id, member.townshipGroupId))
    .where(and(...where))
    .orderBy(asc(member.namePinyin), asc(member.id))
    .limit(input.limit + 1);
  const [rows, counted] = await Promise.all([rowsQuery, total]);

  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const [committeesByMember, names] = await Promise.all([
    currentCommittees(db, page.map((m) => m.id)),
    referenceNames(db, councilId),
  ]);
  const committeeName = new Map(names.committees.map((c) => [c.id, c.name]));

  const items = page.map(({ namePinyin: _p, ...m }) => {
    const committeeIds = committeesByMember.get(m.id) ?? [];
    const common = {
      ...m,
      phone: visiblePhone(ctx.actor, m),
      committeeIds,
      committeeNames: committeeIds.map((id) => committeeName.get(id) ?? "").filter(Boolean),
    };
    if (view === "roster") return common;
    // Fellow members see no birth date or ethnicity.
    return { ...common, birthDate: null, ethnicity: null };
  });
  return {
    items,
    nextCursor: rows.length > input.limit && last ? textCursor.encode([last.namePinyin, last.id]) : null,
    termId,
    total: counted ? counted[0]!.n : null,
  } satisfies Page<unknown> & { termId: string; total: number | null };
}

/**
 * Han characters match anywhere in the name or the employer (工作单位); digits match the phone,
 * whole for the office and only in its visible digits for others, never in the fellow members'
 * directory; Latin letters match the pinyin (nameMatches).
 */
function queryMatches(query: string, view: "roster" | "directory", actor: Pick<Actor, "role">): SQL {
  if (/^[\d\s-]+$/.test(query) && view === "roster") {
    const digits = `%${query.replace(/\D/g, "")}%`;
    if (searchesFullPhones(actor)) return sql`${member.phone} like ${digits}`;
    return sql`(left(${member.phone}, 3) || '****' || right(${member.phone}, 4)) like ${digits}`;
  }
  if (/[^a-z0-9\s]/i.test(query)) return or(nameMatches(query), ilike(member.employerAndTitle, `%${escapeLike(query)}%`))!;
  return nameMatches(query);
}

/** Han characters match anywhere in the name; Latin letters match the start of the pinyin or its initials. */
export function nameMatches(query: string): SQL {
  if (/[^a-z0-9\s]/i.test(query)) return ilike(member.name, `%${escapeLike(query)}%`);
  const q = escapeLike(query.toLowerCase().replace(/\s/g, ""));
  return or(sql`${member.nameInitials} like ${`${q}%`}`, sql`${member.namePinyin} like ${`${q}%`}`)!;
}
