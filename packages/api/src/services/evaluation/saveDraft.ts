import { evaluationTable, type Tx } from "@cppcc/db";
import {
  checkDraftTable,
  Conflict,
  draftFrom,
  evaluationPresets,
  NotFound,
  RuleViolation,
  shanghaiDate,
  type EvaluationTableSaveInput,
  type ReadonlyEvaluationTable,
} from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { actingAccountId } from "../../serviceContext";
import { rescoreYear } from "../duty/storedScore";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { loadTable, tableView } from "./loadTable";

export const staleTableMessage = "该年度考评表已被他人修改，请刷新后再保存";

/**
 * Saves a year's draft: a whole table the office edited, or a start from a preset or another year.
 * A published year is frozen: every save is refused with the day it was published. Under the row
 * lock the version read must still be current, so two offices editing at once cannot overwrite
 * each other; the first save of a year races on the primary key instead, and the loser gets the same
 * CONFLICT.
 */
export async function saveEvaluationDraft({ ctx, input }: { ctx: SignedInContext; input: EvaluationTableSaveInput }) {
  const councilId = ctx.session.council.id;
  try {
    return await ctx.db.db.transaction(async (tx) => {
      const current = await loadTable(tx, councilId, input.year, true);
      if (current?.status === "published") throw new RuleViolation(frozenMessage(current.year, current.publishedAt));
      if ((current?.version ?? null) !== input.version) throw new Conflict(current ? staleTableMessage : "该年度考评表尚未建立，请刷新后再保存");
      const document = input.startFrom ? draftFrom(await startOf(tx, councilId, input.startFrom), input.year) : input.document;
      const checked = checkDraftTable(document, input.year);
      if ("violations" in checked) throw new RuleViolation(checked.violations);
      const now = ctx.clock.now();
      const values = { status: "draft" as const, document: checked.table, updatedBy: actingAccountId(ctx), updatedAt: now };
      const [row] = current
        ? await tx
            .update(evaluationTable)
            .set({ ...values, version: current.version + 1 })
            .where(and(eq(evaluationTable.councilId, councilId), eq(evaluationTable.year, input.year)))
            .returning()
        : await tx.insert(evaluationTable).values({ councilId, year: input.year, createdAt: now, ...values }).returning();
      // Under the row lock taken above: entries written meanwhile wait, then rescore under this table.
      await rescoreYear(tx, councilId, checked.table, row!.version, now);
      await recordEvent(tx, eventActor(ctx), {
        action: "evaluation.table.saveDraft",
        entity: "evaluation_table",
        entityId: String(input.year),
        before: current && { version: current.version, document: current.document },
        after: { version: row!.version, startFrom: input.startFrom ?? null, document: checked.table },
        occurredAt: now,
        timeline: { label: current ? "修改考评表草稿" : "建立考评表草稿", note: checked.table.name },
      });
      return tableView(row!);
    });
  } catch (error) {
    if ((error as { code?: string; cause?: { code?: string } }).code === "23505" || (error as { cause?: { code?: string } }).cause?.code === "23505") {
      throw new Conflict("该年度考评表刚由他人建立，请刷新后再修改");
    }
    throw error;
  }
}

export function frozenMessage(year: number, publishedAt: Date | null): string {
  const on = publishedAt ? `已于 ${shanghaiDate(publishedAt)} 发布` : "已发布";
  return `${year} 年度考评表${on}，发布后不能再修改（已公布的考评结果须保持不变）`;
}

async function startOf(tx: Tx, councilId: string, from: NonNullable<EvaluationTableSaveInput["startFrom"]>): Promise<ReadonlyEvaluationTable> {
  if ("preset" in from) return evaluationPresets[from.preset];
  const other = await loadTable(tx, councilId, from.year);
  if (!other) throw new NotFound(`${from.year} 年度还没有考评表，无法以其为起点`);
  return other.document;
}
