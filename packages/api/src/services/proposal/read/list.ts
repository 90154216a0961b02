import { proposal, proposalAssignment, proposalCosigner } from "@cppcc/db";
import { actsForProposer, timeCursor, type HandlingRole, type Page, type ProposerKind } from "@cppcc/domain";
import { and, asc, count, desc, eq, exists, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { ListInput } from "../inputs";
import { proposalScope } from "../shared/scope";
import { bodyNames, memberNames, sessionLabels, unitNames } from "./names";

/**
 * The proposals the reader may see, filtered and keyset-paged by (listed_at, id): the review queue
 * (oldest first), a unit's assigned proposals, a member's own. listed_at is read back as text so
 * the cursor keeps Postgres' microseconds.
 */
export async function listProposals({ ctx, input }: { ctx: SignedInContext; input: ListInput }) {
  const { db } = ctx.db;
  const where: (SQL | undefined)[] = [proposalScope(ctx, "proposal.read"), ...listFilters(ctx, input)];
  const newest = input.order === "newest";
  // The total for these filters, counted with the first page only: later pages keep the first's.
  const total = input.cursor ? null : db.select({ n: count() }).from(proposal).where(and(...where));
  const after = timeCursor.decode(input.cursor);
  if (after) {
    const [at, id] = after;
    where.push(newest ? sql`(${proposal.listedAt}, ${proposal.id}) < (${at}::timestamptz, ${id}::uuid)` : sql`(${proposal.listedAt}, ${proposal.id}) > (${at}::timestamptz, ${id}::uuid)`);
  }
  const rowsQuery = db
    .select({
      id: proposal.id,
      version: proposal.version,
      number: proposal.number,
      title: proposal.title,
      status: proposal.status,
      sessionId: proposal.sessionId,
      proposerKind: proposal.proposerKind,
      leadMemberId: proposal.leadMemberId,
      proposerBodyId: proposal.proposerBodyId,
      category: proposal.category,
      isLivelihood: proposal.isLivelihood,
      submittedOn: proposal.submittedOn,
      filedOn: proposal.filedOn,
      dueOn: proposal.dueOn,
      isKey: proposal.isKey,
      mergeGroupId: proposal.mergeGroupId,
      updatedAt: proposal.updatedAt,
      listedAt: proposal.listedAt,
      listedAtKey: sql<string>`${proposal.listedAt}::text`,
    })
    .from(proposal)
    .where(and(...where))
    .orderBy(newest ? desc(proposal.listedAt) : asc(proposal.listedAt), newest ? desc(proposal.id) : asc(proposal.id))
    .limit(input.limit + 1);
  const [rows, counted] = await Promise.all([rowsQuery, total]);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const items = await decorate(ctx, page);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? timeCursor.encode([last.listedAtKey, last.id]) : null,
    total: counted ? counted[0]!.n : null,
  } satisfies Page<unknown> & { total: number | null };
}

export function listFilters(ctx: SignedInContext, input: Omit<ListInput, "cursor" | "limit">): (SQL | undefined)[] {
  const { db } = ctx.db;
  const query = input.query;
  return [
    input.sessionId ? eq(proposal.sessionId, input.sessionId) : undefined,
    input.statuses?.length ? inArray(proposal.status, input.statuses) : undefined,
    input.category ? eq(proposal.category, input.category) : undefined,
    input.isLivelihood !== undefined ? eq(proposal.isLivelihood, input.isLivelihood) : undefined,
    input.proposerKind ? eq(proposal.proposerKind, input.proposerKind) : undefined,
    input.isKey !== undefined ? eq(proposal.isKey, input.isKey) : undefined,
    input.mergeGroupId ? eq(proposal.mergeGroupId, input.mergeGroupId) : undefined,
    input.handlingUnitId
      ? exists(
          db
            .select({ one: sql`1` })
            .from(proposalAssignment)
            .where(
              and(
                eq(proposalAssignment.proposalId, proposal.id),
                eq(proposalAssignment.handlingUnitId, input.handlingUnitId),
                eq(proposalAssignment.active, true),
              ),
            ),
        )
      : undefined,
    query ? or(eq(proposal.number, query), ilike(proposal.title, `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)) : undefined,
  ];
}

type Row = {
  id: string;
  leadMemberId: string | null;
  proposerKind: ProposerKind;
  proposerBodyId: string | null;
  sessionId: string;
  listedAtKey: string;
};

/** Names, units and co-signer counts for a page: a fixed number of queries whatever its size. */
async function decorate<T extends Row>(ctx: SignedInContext, page: T[]) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const ids = page.map((p) => p.id);
  const [units, cosigners, members, bodies, unitName, sessions] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ proposalId: proposalAssignment.proposalId, handlingUnitId: proposalAssignment.handlingUnitId, role: proposalAssignment.role })
          .from(proposalAssignment)
          .where(and(inArray(proposalAssignment.proposalId, ids), eq(proposalAssignment.active, true))),
    ids.length === 0
      ? []
      : db
          .select({ proposalId: proposalCosigner.proposalId, n: count() })
          .from(proposalCosigner)
          .where(and(inArray(proposalCosigner.proposalId, ids), eq(proposalCosigner.status, "confirmed")))
          .groupBy(proposalCosigner.proposalId),
    memberNames(db, page.map((p) => p.leadMemberId)),
    bodyNames(db, councilId, page),
    unitNames(db, councilId),
    sessionLabels(db, councilId),
  ]);
  const cosignerCount = new Map(cosigners.map((c) => [c.proposalId, c.n]));
  return page.map(({ listedAtKey: _k, ...p }) => {
    const lead = p.leadMemberId ? (members.get(p.leadMemberId) ?? "") : "";
    const body = p.proposerBodyId ? (bodies.get(p.proposerBodyId) ?? "") : "";
    const cosigned = cosignerCount.get(p.id) ?? 0;
    return {
      ...p,
      sessionLabel: sessions.get(p.sessionId)?.label ?? "",
      /** As lists print it: 张三, 张三等 3 人, or the body's name. */
      proposerName: body || (cosigned > 0 ? `${lead}等 ${cosigned + 1} 人` : lead),
      leadMemberName: lead || null,
      units: units
        .filter((u) => u.proposalId === p.id)
        .map((u) => ({ handlingUnitId: u.handlingUnitId, name: unitName.get(u.handlingUnitId) ?? "", role: u.role as HandlingRole })),
      /** For a member: whether they lead it or were asked to co-sign it. */
      myPart: ctx.actor.memberId ? (actsForProposer(ctx.actor, p.leadMemberId) ? ("lead" as const) : ("cosigner" as const)) : null,
    };
  });
}
