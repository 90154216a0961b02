import { proposalStatusLabels, type ProposalStatus } from "@cppcc/domain";
import { Tag } from "antd";

/** Colour by what the office has to do next: waiting on staff, on a unit, on the proposer, or done. */
const colors: Record<ProposalStatus, string> = {
  draft: "default",
  submitted: "gold",
  underReview: "orange",
  returned: "magenta",
  withdrawn: "default",
  filed: "blue",
  notFiled: "default",
  assigned: "processing",
  assignmentReturned: "volcano",
  replied: "cyan",
  rehandling: "red",
  evaluated: "green",
  closed: "success",
};

export function StatusTag({ status }: { status: ProposalStatus }) {
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
      {proposalStatusLabels[status]}
    </Tag>
  );
}
