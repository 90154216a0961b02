import { consultationSuggestion, deadlineExtension, handlingUnit, proposal } from "@cppcc/db";
import { pageInput, timeCursor } from "@cppcc/domain";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../context";

export const pendingExtensionsInput = pageInput.prefault({});

/**
 * 待审批的延期申请 of every kind, oldest first (the longest waiting is answered first), paged by
 * (created_at, id) over the partial index of waiting requests. Titles come from each kind's table.
 */
export async function pendingExtensions({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof pendingExtensionsInput> }) {
  const e = deadlineExtension;
  const where = waiting(ctx);
  const after = timeCursor.decode(input.cursor);
  if (after) where.push(sql`(${e.createdAt}, ${e.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await ctx.db.db
    .select({
      id: e.id,
      version: e.version,
      subjectKind: e.subjectKind,
      subjectId: e.subjectId,
      unitName: handlingUnit.shortName,
      dueOn: e.dueOn,
      requestedDueOn: e.requestedDueOn,
      reason: e.reason,
      createdAt: e.createdAt,
      cursorAt: sql<string>`${e.createdAt}::text`,
      proposalNumber: proposal.number,
      proposalTitle: proposal.title,
      suggestionContent: consultationSuggestion.content,
    })
    .from(e)
    .innerJoin(handlingUnit, eq(handlingUnit.id, e.handlingUnitId))
    .leftJoin(proposal, and(eq(e.subjectKind, "proposal"), eq(proposal.id, e.subjectId)))
    .leftJoin(consultationSuggestion, and(eq(e.subjectKind, "suggestion"), eq(consultationSuggestion.id, e.subjectId)))
    .where(and(...where))
    .orderBy(asc(e.createdAt), asc(e.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorAt: _c, proposalNumber, proposalTitle, suggestionContent, ...r }) => ({
      ...r,
      title: r.subjectKind === "proposal" ? `${proposalNumber ? `${proposalNumber} ` : ""}${proposalTitle ?? ""}` : (suggestionContent ?? ""),
    })),
    nextCursor: rows.length > input.limit && last ? timeCursor.encode([last.cursorAt, last.id]) : null,
  };
}

const waiting = (ctx: SignedInContext) => [eq(deadlineExtension.councilId, ctx.session.council.id), eq(deadlineExtension.status, "pending")];

/** How many requests the list above holds, under the same filter (the office home's count). */
export async function pendingExtensionCount(ctx: SignedInContext): Promise<number> {
  const [row] = await ctx.db.db.select({ n: count() }).from(deadlineExtension).where(and(...waiting(ctx)));
  return row?.n ?? 0;
}
