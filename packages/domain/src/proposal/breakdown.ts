import type { ProposerKind } from "./proposer";
import type { ProposalStatRow } from "./statistics";
import { filedStatuses } from "./status";

/** Proposals by participating units, sectors, township groups and committees (集体提案). */
export const collectiveProposerKinds: readonly ProposerKind[] = ["participatingUnit", "sector", "townshipGroup", "committee"];

/**
 * The breakdowns offices publish beside the totals (「集体提案 57 件，占 15%」): collective and
 * joint proposals among the received and among the filed, key and merged proposals among the
 * filed (both are decided only after filing). Shares are null when there is nothing to divide by.
 */
export type ProposalBreakdown = {
  collectiveReceived: number;
  collectiveReceivedShare: number | null;
  collectiveFiled: number;
  collectiveFiledShare: number | null;
  jointReceived: number;
  jointReceivedShare: number | null;
  jointFiled: number;
  jointFiledShare: number | null;
  key: number;
  keyShare: number | null;
  merged: number;
  mergedShare: number | null;
};

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function proposalBreakdown(rows: ProposalStatRow[]): ProposalBreakdown {
  const received = rows.filter((r) => r.status !== "draft");
  const filed = received.filter((r) => filedStatuses.includes(r.status));
  const count = (of: ProposalStatRow[], test: (r: ProposalStatRow) => boolean) => of.filter(test).length;
  const collective = (r: ProposalStatRow) => collectiveProposerKinds.includes(r.proposerKind);
  const joint = (r: ProposalStatRow) => r.proposerKind === "joint";
  const c = { received: count(received, collective), filed: count(filed, collective) };
  const j = { received: count(received, joint), filed: count(filed, joint) };
  const key = count(filed, (r) => r.isKey);
  const merged = count(filed, (r) => r.merged);
  return {
    collectiveReceived: c.received,
    collectiveReceivedShare: share(c.received, received.length),
    collectiveFiled: c.filed,
    collectiveFiledShare: share(c.filed, filed.length),
    jointReceived: j.received,
    jointReceivedShare: share(j.received, received.length),
    jointFiled: j.filed,
    jointFiledShare: share(j.filed, filed.length),
    key,
    keyShare: share(key, filed.length),
    merged,
    mergedShare: share(merged, filed.length),
  };
}
