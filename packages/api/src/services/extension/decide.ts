import { deadlineExtension } from "@cppcc/db";
import {
  Conflict,
  extensionDecisionStep,
  extensionSubjectKindLabels,
  RuleViolation,
  shanghaiDate,
  unwrapResult,
  type ExtensionDecisionInput,
} from "@cppcc/domain";
import { eq, sql } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { notify } from "../notification/notify";
import { extensionRules } from "./rules";
import { extensionSubjects } from "./subjects";
import type { ExtensionRow } from "./types";
import { lockById } from "../shared/lockRow";

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
    const request = await lockById(tx, deadlineExtension, ctx.session.council.id, input.id, "找不到该延期申请，请刷新列表");
    if (request.version !== input.version) throw new Conflict(staleMessage);
    const adapter = extensionSubjects[request.subjectKind];
    const subject = await adapter.lock(tx, ctx, request.subjectId);
    const rules = await extensionRules(tx, request.councilId);
    const today = shanghaiDate(ctx.clock.now());
    unwrapResult(extensionDecisionStep({ status: request.status, dueOn: subject.dueOn, requestedDueOn: request.requestedDueOn, today, decision: input, rules }));
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
    await recordEvent(tx, { ...eventActor(ctx), councilId: request.councilId }, {
      action: `deadlineExtension.${input.decision}`,
      entity: "deadline_extension",
      entityId: request.id,
      before: request,
      after: decided,
      occurredAt: ctx.clock.now(),
      timeline: adapter.timeline(decided!, input.decision === "grant" ? "extensionGranted" : "extensionRefused"),
      outbox: [notify(request.councilId, "extension.decided", `extension.decided:${request.id}`, { extensionId: request.id }, ctx.clock.now())],
    });
    return decided!;
  });
}
