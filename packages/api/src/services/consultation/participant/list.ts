import { consultationParticipant } from "@cppcc/db";
import { idField, pageInput } from "@cppcc/domain";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { visibleConsultation } from "../shared/consultationRow";
import { olderThan, pageOf, timestampText } from "../shared/keyset";

export const participantListInput = pageInput.extend({ consultationId: idField("协商") });
export const participantRemoveInput = z.object({ consultationId: idField("协商"), id: idField("参会人员") });

/** The non-member participants, newest first, with phones: only for those who record them (office, liaison). */
export async function listParticipants({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof participantListInput> }) {
  const { db } = ctx.db;
  const c = await visibleConsultation(db, ctx, input.consultationId);
  assertCan(ctx, "attendance.mark", { townshipId: c.townshipId }, "查看参会人员");
  const rows = await db
    .select({
      id: consultationParticipant.id,
      name: consultationParticipant.name,
      kind: consultationParticipant.kind,
      unit: consultationParticipant.unit,
      phone: consultationParticipant.phone,
      createdAt: consultationParticipant.createdAt,
      cursorKey: timestampText(consultationParticipant.createdAt),
    })
    .from(consultationParticipant)
    .where(and(eq(consultationParticipant.consultationId, c.id), olderThan(input.cursor, consultationParticipant.createdAt, consultationParticipant.id)))
    .orderBy(desc(consultationParticipant.createdAt), desc(consultationParticipant.id))
    .limit(input.limit + 1);
  const page = pageOf(rows, input.limit, (r) => r.cursorKey);
  return { ...page, items: page.items.map(({ cursorKey: _k, ...r }) => r) };
}
