import { deadlineExtension } from "@cppcc/db";
import {
  Conflict,
  extensionDecisionProblem,
  extensionSubjectKindLabels,
  NotFound,
  RuleViolation,
  shanghaiDate,
  type ExtensionDecisionInput,
} from "@cppcc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { writeAudit } from "../audit/write";
import { extensionRules } from "./rules";
import { extensionSubjects } from "./subjects";
import type { ExtensionRow } from "./types";

export type DecideExtensionInput = { id: string; version: number } & ExtensionDecisionInput;

const staleMessage = "该延期申请已被他人处理，请刷新后查看";

/**
 * 审批延期: the office grants (to the date asked for or an earlier one) or refuses with a reason.
 * The request and its subject are locked, a stale version is a CONFLICT, the shared rule judges,
 * and a grant moves the subject's deadline in the same transaction, so every list, the overdue
 * list and the proposer's page read the new date at once.
 */
export async function decideExtension({ ctx, input }: { ctx: SignedInContext; input: DecideExtensionInput }): Promise<ExtensionRow> {
  return ctx.db.db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(deadlineExtension)
      .where(and(eq(deadlineExtension.id, input.id), eq(deadlineExtension.councilId, ctx.session.council.id)))
      .for("update");
    if (!request) throw new NotFound("找不到该延期申请，请刷新列表");
    if (request.version !== input.version) throw new Conflict(staleMessage);
    const adapter = extensionSubjects[request.subjectKind];
    const subject = await adapter.lock(tx, ctx, request.subjectId);
    const rules = await extensionRules(tx, request.councilId);
    const today = shanghaiDate(ctx.clock.now());
    const problem = extensionDecisionProblem({ status: request.status, dueOn: subject.dueOn, requestedDueOn: request.requestedDueOn, today, decision: input, rules });
    if (problem) throw new RuleViolation(problem);
    if (input.decision === "grant" && subject.period !== request.period) {
      throw new RuleViolation(`该${extensionSubjectKindLabels[request.subjectKind]}已重新交办或进入新的办理阶段，此延期申请已失效，请作不同意处理`);
    }
    const decision =
      input.decision === "grant"
        ? { status: "granted" as const, grantedDueOn: input.grantedDueOn, decisionNote: input.note || null }
        : { status: "refused" as const, decisionNote: input.reason };
    const [decided] = await tx
      .update(deadlineExtension)
      .set({ ...decision, decidedBy: ctx.session.account.id, decidedAt: ctx.clock.now(), updatedAt: ctx.clock.now(), version: sql`${deadlineExtension.version} + 1` })
      .where(eq(deadlineExtension.id, request.id))
      .returning();
    if (input.decision === "grant") await adapter.extend(tx, ctx, request.subjectId, input.grantedDueOn);
    await adapter.onRecorded?.(tx, ctx, decided!, input.decision === "grant" ? "extensionGranted" : "extensionRefused");
    await writeAudit(tx, {
      councilId: request.councilId,
      accountId: ctx.session.account.id,
      ip: ctx.request.ip,
      action: `deadlineExtension.${input.decision}`,
      entity: "deadline_extension",
      entityId: request.id,
      before: request,
      after: decided,
    });
    return decided!;
  });
}
