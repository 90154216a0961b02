import { genderLabels, memberPostLabels, partyAffiliationLabels } from "@cppcc/domain";
import type { DirectoryItem } from "@cppcc/ui/roster";
import { List, Popup } from "antd-mobile";

/** A fellow member's public fields: what the directory may show, nothing more (no birth date, masked phone). */
export function FellowMemberPopup({ member, onClose }: { member: DirectoryItem | null; onClose: () => void }) {
  return (
    <Popup
      visible={member !== null}
      onMaskClick={onClose}
      onClose={onClose}
      showCloseButton
      bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, paddingBottom: "env(safe-area-inset-bottom)" }}
    >
      {member && (
        <>
          <div style={{ padding: "16px 16px 0", fontSize: 18, fontWeight: 600 }}>{member.name}</div>
          <List>
            <List.Item extra={memberPostLabels[member.post]}>职务</List.Item>
            <List.Item extra={genderLabels[member.gender]}>性别</List.Item>
            <List.Item extra={partyAffiliationLabels[member.partyAffiliation]}>党派</List.Item>
            <List.Item extra={member.sectorName}>界别</List.Item>
            <List.Item extra={member.committeeNames.join("、") || "—"}>专委会</List.Item>
            <List.Item extra={member.townshipGroupName}>委员小组</List.Item>
            <List.Item description={member.employerAndTitle}>工作单位及职务</List.Item>
            <List.Item extra={member.phone}>手机</List.Item>
          </List>
        </>
      )}
    </Popup>
  );
}
