import { proposal, proposalEvent } from "@cppcc/db";
import { NotFound, proposalSteps, type ProposalEventType } from "@cppcc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import { notFoundMessage, proposalScope } from "../shared/scope";
import { memberNames, unitNames } from "./names";

/** Labels of what happens around the state machine's steps. */
const otherLabels: Record<string, string> = {
  created: "起草",
  cosignersInvited: "邀请联名",
  cosignerRemoved: "移除联名委员",
  cosignerConfirmed: "确认联名",
  cosignerDeclined: "谢绝联名",
  cosignerConfirmedOnPaper: "由办公室代为确认（纸质签名）",
  extensionRequested: "申请延期",
  extensionGranted: "同意延期",
  extensionRefused: "不同意延期",
  followUpHeld: "重点提案回头看",
  overdue: "已超过办理期限",
  attachmentAdded: "上传材料",
  attachmentRemoved: "删除材料",
};

export function timelineLabel(type: string): string {
  return (proposalSteps as Record<string, { label: string } | undefined>)[type]?.label ?? otherLabels[type] ?? type;
}

/** Everything that happened to the proposal, oldest first, as the member's timeline shows it. */
export async function proposalTimeline({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db } = ctx.db;
  const [row] = await db
    .select({ id: proposal.id })
    .from(proposal)
    .where(and(eq(proposal.id, input.id), proposalScope(ctx, "proposal.read")));
  if (!row) throw new NotFound(notFoundMessage);
  const events = await db
    .select()
    .from(proposalEvent)
    .where(eq(proposalEvent.proposalId, row.id))
    .orderBy(asc(proposalEvent.id));
  const memberIds = events.flatMap((e) => {
    const d = e.detail as { memberId?: string; memberIds?: string[] };
    return [...(d.memberId ? [d.memberId] : []), ...(d.memberIds ?? [])];
  });
  const [members, units] = await Promise.all([memberNames(db, memberIds), unitNames(db, ctx.session.council.id)]);
  return events.map((e) => {
    const d = e.detail as { memberId?: string; memberIds?: string[] };
    return {
      id: e.id,
      type: e.type,
      step: e.type in proposalSteps ? (e.type as ProposalEventType) : null,
      label: timelineLabel(e.type),
      at: e.at,
      actorName: e.actorName,
      actorRole: e.actorRole,
      unitName: e.handlingUnitId ? (units.get(e.handlingUnitId) ?? null) : null,
      /** Members the line is about (co-signers invited, confirmed …), by name. */
      memberNames: [...(d.memberId ? [d.memberId] : []), ...(d.memberIds ?? [])].map((id) => members.get(id) ?? ""),
      detail: e.detail,
    };
  });
}
