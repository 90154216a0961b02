import { consultation, consultationCheckInPin, type DbOrTx } from "@cppcc/db";
import { checkInWindow, RuleViolation } from "@cppcc/domain";
import type { SignedInContext } from "../../../context";
import { assertCan } from "../shared/access";
import { eventActor } from "../../events/actor";
import { recordEvent } from "../../events/record";
import { lockConsultation } from "../shared/consultationRow";
import { consultationRules } from "../shared/rules";
import { and, eq, ne } from "drizzle-orm";
import { checkInPinHash, newCheckInPin, pinMatches } from "./pin";

/**
 * The meeting's 6-digit code for the organiser's screen, valid for the whole check-in window.
 * Issuing again (重新生成) replaces it, so the old code stops working at once. Only its digest is
 * stored, so the code is shown this once: the screen keeps it, and another device regenerates.
 */
export async function issuePin({ ctx, input }: { ctx: SignedInContext; input: { consultationId: string } }) {
  return ctx.db.db.transaction(async (tx) => {
    const c = await lockConsultation(tx, ctx, input.consultationId);
    assertCan(ctx, "checkIn.issue", { townshipId: c.townshipId }, "生成签到码");
    if (c.state !== "scheduled") throw new RuleViolation("只有已排期、尚未登记召开的协商可以生成签到码");
    const { checkInOpensMinutesBefore } = await consultationRules(tx, c.councilId);
    const pin = await unusedPin(tx, c);
    const now = ctx.clock.now();
    const row = { consultationId: c.id, councilId: c.councilId, pinHash: checkInPinHash(c.id, pin), issuedAt: now, issuedBy: ctx.session.account.id };
    await tx
      .insert(consultationCheckInPin)
      .values(row)
      .onConflictDoUpdate({ target: [consultationCheckInPin.councilId, consultationCheckInPin.consultationId], set: { pinHash: row.pinHash, issuedAt: now, issuedBy: row.issuedBy } });
    // The code itself never goes into the audit log: whoever reads the log could check in with it.
    await recordEvent(tx, eventActor(ctx), { action: "checkIn.issuePin", entity: "consultation", entityId: c.id, after: { issuedAt: now }, occurredAt: ctx.clock.now(), timeline: { label: "生成签到码" } });
    return { consultationId: c.id, pin, issuedAt: now, window: checkInWindow(c, checkInOpensMinutesBefore) };
  });
}

/**
 * A code no other meeting of the council on the same day holds, so a member invited to two of them
 * is never left with a code that names both. The server matches codes only within a member's own
 * open meetings, so this is the one place two could meet.
 */
async function unusedPin(tx: DbOrTx, c: { id: string; councilId: string; plannedDate: string | null }): Promise<string> {
  const sameDay = c.plannedDate
    ? await tx
        .select({ consultationId: consultationCheckInPin.consultationId, pinHash: consultationCheckInPin.pinHash })
        .from(consultationCheckInPin)
        .innerJoin(consultation, eq(consultation.id, consultationCheckInPin.consultationId))
        .where(and(eq(consultation.councilId, c.councilId), eq(consultation.plannedDate, c.plannedDate), ne(consultation.id, c.id)))
    : [];
  for (;;) {
    const pin = newCheckInPin();
    if (!sameDay.some((o) => pinMatches(o.consultationId, pin, o.pinHash))) return pin;
  }
}
