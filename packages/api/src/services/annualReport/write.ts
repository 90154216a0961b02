import { annualReport, type DbOrTx } from "@cppcc/db";
import {
  annualReportTransition,
  Conflict,
  refusalError,
  reportLate,
  reportNotOpenReason,
  RuleViolation,
  shanghaiDate,
  type AnnualReportSaveInput,
} from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { markNotificationsDone } from "../notification/done";
import { ownStandingMember } from "../pledge/ownMember";
import { pledgeRulesOf } from "../pledge/rules";
import { liveFigures } from "./figures";

const staleMessage = "述职报告已在别处修改（或已被办公室退回），请刷新后再操作";

async function currentRow(tx: DbOrTx, councilId: string, memberId: string, year: number) {
  const [row] = await tx
    .select()
    .from(annualReport)
    .where(and(eq(annualReport.councilId, councilId), eq(annualReport.memberId, memberId), eq(annualReport.year, year)))
    .for("update");
  return row ?? null;
}

/**
 * A standing member saves their report, or saves and submits it. The version read must still be
 * current (0 for the first save), so a screen opened before the office returned the report cannot
 * overwrite the return. Submitting keeps the year's figures as they stand, opens from the rule
 * set's opening day, and is marked late after the due day; it settles a 「述职被退回」 notice.
 */
export async function writeAnnualReport({ ctx, input, submit }: { ctx: SignedInContext; input: AnnualReportSaveInput; submit: boolean }) {
  const councilId = ctx.session.council.id;
  const now = ctx.clock.now();
  const today = shanghaiDate(now);
  return ctx.db.db.transaction(async (tx) => {
    const m = await ownStandingMember(ctx, tx);
    const rules = await pledgeRulesOf(tx, councilId);
    if (submit) {
      const notOpen = reportNotOpenReason(input.year, today, rules);
      if (notOpen) throw new RuleViolation(notOpen);
    }
    const before = await currentRow(tx, councilId, m.id, input.year);
    if ((before?.version ?? 0) !== input.version) throw new Conflict(staleMessage);
    const result = annualReportTransition(before?.status ?? "draft", submit ? { type: "submit", sections: input.sections } : { type: "save" });
    if (!result.ok) throw refusalError(result.refusals);
    const submitted = submit ? { figures: await liveFigures(tx, councilId, m.id, input.year), submittedAt: now, late: reportLate(input.year, today, rules) } : {};
    const values = { status: result.state, sections: input.sections, updatedAt: now, ...submitted };
    const [row] = before
      ? await tx
          .update(annualReport)
          .set({ ...values, version: before.version + 1 })
          .where(and(eq(annualReport.councilId, councilId), eq(annualReport.id, before.id)))
          .returning()
      : await tx
          .insert(annualReport)
          .values({ councilId, memberId: m.id, year: input.year, createdAt: now, ...values })
          .onConflictDoNothing()
          .returning();
    // Two first saves at once: the second finds the first's row and is told to refresh.
    if (!row) throw new Conflict(staleMessage);
    if (submit) await markNotificationsDone(tx, { councilId, entity: "annual_report", id: row.id, kinds: ["annualReport.returned"] }, now);
    await recordEvent(tx, eventActor(ctx), {
      action: submit ? "annualReport.submit" : "annualReport.save",
      entity: "annual_report",
      entityId: row.id,
      before: before ? { status: before.status, version: before.version, sections: before.sections } : undefined,
      after: { status: row.status, version: row.version, sections: row.sections, ...(submit ? { late: row.late } : {}) },
      occurredAt: now,
      timeline: submit
        ? { label: before?.status === "returned" ? "重新提交年度述职" : "提交年度述职", note: `${m.name}（${input.year} 年度）${row.late ? "，逾期提交" : ""}` }
        : undefined,
    });
    return { id: row.id, status: row.status, version: row.version, late: row.late };
  });
}
