import { annualReport, member } from "@cppcc/db";
import { annualReportTransition, Conflict, NotFound, refusalError, type AnnualReportReturnInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { actingAccountId } from "../../serviceContext";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { notify } from "../notification/notify";

/** The office sends a submitted report back for revision with a reason; the member is told (「述职被退回」). */
export async function returnAnnualReport({ ctx, input }: { ctx: SignedInContext; input: AnnualReportReturnInput }) {
  const councilId = ctx.session.council.id;
  const now = ctx.clock.now();
  return ctx.db.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: annualReport.id, status: annualReport.status, version: annualReport.version, year: annualReport.year, memberId: annualReport.memberId, name: member.name })
      .from(annualReport)
      .innerJoin(member, and(eq(member.councilId, annualReport.councilId), eq(member.id, annualReport.memberId)))
      .where(and(eq(annualReport.councilId, councilId), eq(annualReport.id, input.id)))
      .for("update", { of: annualReport });
    if (!before) throw new NotFound("找不到该述职报告，请刷新后重试");
    if (before.version !== input.version) throw new Conflict("该述职报告已有变化，请刷新后再退回");
    const result = annualReportTransition(before.status, { type: "return", reason: input.reason });
    if (!result.ok) throw refusalError(result.refusals);
    const [row] = await tx
      .update(annualReport)
      .set({ status: result.state, returnReason: input.reason, returnedAt: now, returnedBy: actingAccountId(ctx), version: before.version + 1, updatedAt: now })
      .where(and(eq(annualReport.councilId, councilId), eq(annualReport.id, before.id)))
      .returning({ id: annualReport.id, version: annualReport.version });
    await recordEvent(tx, eventActor(ctx), {
      action: "annualReport.return",
      entity: "annual_report",
      entityId: row!.id,
      before: { status: before.status, version: before.version },
      after: { status: result.state, version: row!.version, reason: input.reason },
      occurredAt: now,
      timeline: { label: "退回年度述职", note: `${before.name}（${before.year} 年度）：${input.reason}` },
      outbox: [notify(councilId, "annualReport.returned", `annualReport.returned:${row!.id}:${row!.version}`, { reportId: row!.id, year: before.year, reason: input.reason }, now)],
    });
    return { id: row!.id, version: row!.version };
  });
}
