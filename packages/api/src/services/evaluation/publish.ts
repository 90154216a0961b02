import { evaluationTable } from "@cppcc/db";
import { Conflict, evaluationTableSchema, NotFound, RuleViolation } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { rescoreYear } from "../duty/storedScore";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { loadTable, tableView } from "./loadTable";
import { frozenMessage, staleTableMessage } from "./saveDraft";

/**
 * 发布: the draft becomes the year's rule and is frozen, so a score read under it never changes.
 * The document is checked again as a published table, since the rules it must meet are the same.
 */
export async function publishEvaluationTable({ ctx, input }: { ctx: SignedInContext; input: { year: number; version: number } }) {
  const councilId = ctx.session.council.id;
  return ctx.db.db.transaction(async (tx) => {
    const current = await loadTable(tx, councilId, input.year, true);
    if (!current) throw new NotFound(`${input.year} 年度还没有考评表，请先建立草稿`);
    if (current.status === "published") throw new RuleViolation(frozenMessage(current.year, current.publishedAt));
    if (current.version !== input.version) throw new Conflict(staleTableMessage);
    const document = evaluationTableSchema.parse({ ...current.document, status: "published" });
    const now = ctx.clock.now();
    const [row] = await tx
      .update(evaluationTable)
      .set({ status: "published", document, version: current.version + 1, publishedAt: now, updatedAt: now })
      .where(and(eq(evaluationTable.councilId, councilId), eq(evaluationTable.year, input.year)))
      .returning();
    // The same rules, so the same totals; rescored so every stored score names the published version.
    await rescoreYear(tx, councilId, document, row!.version, now);
    await recordEvent(tx, eventActor(ctx), {
      action: "evaluation.table.publish",
      entity: "evaluation_table",
      entityId: String(input.year),
      before: { status: "draft", version: current.version },
      after: { status: "published", version: row!.version },
      occurredAt: now,
      timeline: { label: "发布考评表", note: document.name },
    });
    return tableView(row!);
  });
}
