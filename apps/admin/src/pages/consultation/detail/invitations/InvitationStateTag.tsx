import { invitationStateLabels, type InvitationState } from "@cppcc/domain";
import { Tag } from "antd";

const colors: Record<InvitationState, string> = {
  invited: "default",
  accepted: "success",
  leaveRequested: "warning",
  leaveApproved: "blue",
  leaveRejected: "error",
  withdrawn: "default",
};

export function InvitationStateTag({ state }: { state: InvitationState }) {
  return (
    <Tag color={colors[state]} style={{ marginInlineEnd: 0 }}>
      {invitationStateLabels[state]}
    </Tag>
  );
}
