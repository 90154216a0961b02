import { notify } from "../../notification/notify";
import type { OutboxEntry } from "../../outbox/enqueue";
import type { ProposalRow } from "../shared/row";

/** 联名邀请 for the members just asked; each asking is its own event, so one asked again after declining hears of it again. */
export function cosignNotices(row: ProposalRow, memberIds: string[], now: Date): OutboxEntry[] {
  if (memberIds.length === 0) return [];
  return [notify(row.councilId, "proposal.cosignRequested", `proposal.cosignRequested:${row.id}:${now.getTime()}`, { proposalId: row.id, memberIds }, now)];
}
