import { invitationStateLabels, type InvitationState } from "@cppcc/domain";
import { Tag } from "antd-mobile";

const colors: Record<InvitationState, string> = {
  invited: "primary",
  accepted: "success",
  leaveRequested: "warning",
  leaveApproved: "default",
  leaveRejected: "danger",
  withdrawn: "default",
};

/** The member's own reply as a small tag: 待回复, 已报名, 请假待批 … */
export function InvitationTag({ state }: { state: InvitationState }) {
  return (
    <Tag color={colors[state]} fill="outline" style={{ fontSize: 12 }}>
      {invitationStateLabels[state]}
    </Tag>
  );
}
