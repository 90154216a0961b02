import { dutyManualEntry, member } from "@cppcc/db";
import { dutyEntryLabels, NotFound, type DutyAddEntryInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { actingAccountId } from "../../serviceContext";
import { dutyCredit } from "../events/duty";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { startOfShanghaiDay } from "./yearBounds";

export const manualEntrySource = "duty_manual_entry";

/**
 * The office records what a member did off the platform (调研报告, 表彰, 公益活动…) with the
 * evidence it saw. The row is the ledger entry's source, so the record shows what was recorded,
 * by whom and on what evidence; attachments will hang off the same row.
 */
export async function addDutyEntry({ ctx, input }: { ctx: SignedInContext; input: DutyAddEntryInput }) {
  const councilId = ctx.session.council.id;
  return ctx.db.db.transaction(async (tx) => {
    const [m] = await tx
      .select({ id: member.id, name: member.name })
      .from(member)
      .where(and(eq(member.councilId, councilId), eq(member.id, input.memberId)));
    if (!m) throw new NotFound("找不到该委员，请刷新名册后重新选择");
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(dutyManualEntry)
      .values({
        councilId,
        memberId: m.id,
        kind: input.kind,
        occurredOn: input.occurredOn,
        description: input.description,
        evidence: input.evidence,
        level: input.level ?? null,
        createdBy: actingAccountId(ctx),
        createdAt: now,
      })
      .returning();
    await recordEvent(tx, eventActor(ctx), {
      action: "duty.addEntry",
      entity: manualEntrySource,
      entityId: row!.id,
      after: { memberId: m.id, kind: input.kind, occurredOn: input.occurredOn, description: input.description, evidence: input.evidence, level: input.level ?? null },
      occurredAt: now,
      timeline: { label: `登记${dutyEntryLabels[input.kind] ?? input.kind}`, note: `${m.name}：${input.description}` },
      duty: [dutyCredit(m.id, input.kind, { table: manualEntrySource, id: row!.id }, startOfShanghaiDay(input.occurredOn), { level: input.level ?? null })],
    });
    return { id: row!.id };
  });
}
