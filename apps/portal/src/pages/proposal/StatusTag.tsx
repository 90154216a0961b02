import { proposalStatusLabels, type ProposalStatus } from "@cppcc/domain";
import { Tag } from "antd-mobile";

// Not the theme's colours: its primary is 政协 red, which would make every proposal look refused.
const blue = "#1677ff";
const orange = "#fa8c16";
const green = "#00b578";
const red = "#ff3141";
const grey = "#999999";

// Waiting on the member (returned, replied) stands out; finished is green; refused is red.
const colors: Record<ProposalStatus, string> = {
  draft: grey,
  submitted: blue,
  underReview: blue,
  returned: orange,
  withdrawn: grey,
  filed: blue,
  notFiled: red,
  assigned: blue,
  assignmentReturned: blue,
  replied: orange,
  rehandling: blue,
  evaluated: green,
  closed: green,
};

export function StatusTag({ status }: { status: ProposalStatus }) {
  return (
    <Tag color={colors[status]} fill={status === "draft" || status === "withdrawn" ? "outline" : "solid"} data-status={status} style={{ whiteSpace: "nowrap" }}>
      {proposalStatusLabels[status]}
    </Tag>
  );
}
