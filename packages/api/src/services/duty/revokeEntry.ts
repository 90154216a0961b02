import { dutyManualEntry } from "@cppcc/db";
import { RuleViolation, shanghaiDate, type DutyRevokeEntryInput } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { actingAccountId } from "../../serviceContext";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { lockById } from "../shared/lockRow";
import { manualEntrySource } from "./addEntry";

/**
 * Takes back an off-platform entry recorded in error: the ledger gets a reversal citing the entry and
 * the row keeps who revoked it, when and why. Nothing is deleted, so the record of what once counted
 * survives; a second revocation is refused with the first one's reason.
 */
export async function revokeDutyEntry({ ctx, input }: { ctx: SignedInContext; input: DutyRevokeEntryInput }) {
  const councilId = ctx.session.council.id;
  return ctx.db.db.transaction(async (tx) => {
    const row = await lockById(tx, dutyManualEntry, councilId, input.id, "找不到该条平台外履职记录");
    if (row.revokedAt) throw new RuleViolation(`该记录已于 ${shanghaiDate(row.revokedAt)} 撤销（原因：${row.revokeReason}），无需再次撤销`);
    const now = ctx.clock.now();
    await tx.update(dutyManualEntry).set({ revokedAt: now, revokedBy: actingAccountId(ctx), revokeReason: input.reason }).where(eq(dutyManualEntry.id, row.id));
    await recordEvent(tx, eventActor(ctx), {
      action: "duty.revokeEntry",
      entity: manualEntrySource,
      entityId: row.id,
      before: { revokedAt: null },
      after: { revokedAt: now, reason: input.reason },
      occurredAt: now,
      timeline: { label: "撤销平台外履职记录", note: input.reason },
      duty: [{ memberId: row.memberId, source: { table: manualEntrySource, id: row.id }, governs: [row.kind], entries: [] }],
    });
    return { id: row.id };
  });
}
