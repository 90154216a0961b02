import { deadlineExtension, type Tx } from "@cppcc/db";
import { Conflict, extensionRequestStep, RuleViolation, shanghaiDate, unwrapResult, type ExtensionRequestInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { isUniqueViolation } from "../dbErrors";
import { extensionRules } from "./rules";
import type { ExtensionRow, ExtensionSubject, ExtensionSubjectAdapter } from "./types";

const waitingMessage = "已有一份延期申请等待办公室审批，请勿重复申请";

/**
 * 申请延期, inside the caller's transaction (which has locked the subject and checked the unit may
 * ask for it): the shared rule judges it against this period's earlier requests, then the request
 * is stored with its audit row. Two requests at once: the unique index on waiting requests keeps one.
 */
export async function recordExtensionRequest(
  tx: Tx,
  ctx: SignedInContext,
  adapter: ExtensionSubjectAdapter,
  subject: ExtensionSubject,
  input: ExtensionRequestInput,
): Promise<ExtensionRow> {
  if (subject.dueOn === null || subject.period === null) throw new RuleViolation("当前不在办理中，无需申请延期");
  const [rules, past] = await Promise.all([
    extensionRules(tx, subject.councilId),
    tx
      .select({ status: deadlineExtension.status })
      .from(deadlineExtension)
      .where(and(eq(deadlineExtension.subjectKind, subject.kind), eq(deadlineExtension.subjectId, subject.id), eq(deadlineExtension.period, subject.period))),
  ]);
  unwrapResult(extensionRequestStep({ dueOn: subject.dueOn, today: shanghaiDate(ctx.clock.now()), requestedDueOn: input.requestedDueOn, past, rules }));
  let row: ExtensionRow;
  try {
    // A savepoint, so a lost race leaves the caller's transaction usable for the CONFLICT it reports.
    [row] = (await tx.transaction((sp) =>
      sp
        .insert(deadlineExtension)
        .values({
          councilId: subject.councilId,
          subjectKind: subject.kind,
          subjectId: subject.id,
          period: subject.period!,
          handlingUnitId: subject.handlingUnitId,
          dueOn: subject.dueOn!,
          requestedDueOn: input.requestedDueOn,
          reason: input.reason,
          requestedBy: ctx.session.account.id,
          createdAt: ctx.clock.now(),
          updatedAt: ctx.clock.now(),
        })
        .returning(),
    )) as [ExtensionRow];
  } catch (error) {
    if (isUniqueViolation(error, "deadline_extension_pending_uq")) throw new Conflict(waitingMessage);
    throw error;
  }
  await recordEvent(tx, { ...eventActor(ctx), councilId: subject.councilId }, {
    action: "deadlineExtension.request",
    entity: "deadline_extension",
    entityId: row.id,
    after: row,
    occurredAt: ctx.clock.now(),
    timeline: adapter.timeline(row, "extensionRequested"),
  });
  return row;
}
