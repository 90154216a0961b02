import { consultationSpeech, member } from "@cppcc/db";
import { idField, pageInput } from "@cppcc/domain";
import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import { visibleConsultation } from "../shared/consultationRow";
import { olderThan, pageOf, timestampText } from "../shared/keyset";

export const speechListInput = pageInput.extend({ consultationId: idField("协商") });

/** A consultation's speeches, newest first, for anyone who may see the consultation. */
export async function listSpeeches({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof speechListInput> }) {
  const { db } = ctx.db;
  const c = await visibleConsultation(db, ctx, input.consultationId);
  const rows = await db
    .select({
      id: consultationSpeech.id,
      memberId: consultationSpeech.memberId,
      memberName: member.name,
      kind: consultationSpeech.kind,
      title: consultationSpeech.title,
      summary: consultationSpeech.summary,
      createdAt: consultationSpeech.createdAt,
      cursorKey: timestampText(consultationSpeech.createdAt),
    })
    .from(consultationSpeech)
    .innerJoin(member, eq(member.id, consultationSpeech.memberId))
    .where(and(eq(consultationSpeech.consultationId, c.id), olderThan(input.cursor, consultationSpeech.createdAt, consultationSpeech.id)))
    .orderBy(desc(consultationSpeech.createdAt), desc(consultationSpeech.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  return { ...page, items: page.items.map(({ cursorKey: _k, ...r }) => r) };
}
