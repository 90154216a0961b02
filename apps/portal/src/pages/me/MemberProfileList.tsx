import { memberPostLabels, partyAffiliationLabels, sectorGroupLabel, termLabel } from "@cppcc/domain";
import type { MemberDetail, RosterReference } from "@cppcc/ui/roster";
import { List } from "antd-mobile";

type Props = { member: MemberDetail; reference: RosterReference | undefined; onEditPhone: () => void };

/** The member's own record as the office keeps it: where they sit, their post, their phone in full. */
export function MemberProfileList({ member, reference, onEditPhone }: Props) {
  const term = reference?.terms.find((t) => t.id === member.termId);
  const sector = reference?.sectors.find((s) => s.id === member.sectorId);
  return (
    <List header="委员信息" mode="card">
      <List.Item extra={term ? termLabel(term.number) : "—"}>届次</List.Item>
      <List.Item extra={memberPostLabels[member.post]}>职务</List.Item>
      <List.Item extra={member.sectorName} description={sector ? sectorGroupLabel(sector) : undefined}>
        界别
      </List.Item>
      <List.Item description={member.committeeNames.join("、") || "—"}>专委会</List.Item>
      <List.Item extra={member.townshipGroupName}>委员小组</List.Item>
      <List.Item extra={partyAffiliationLabels[member.partyAffiliation]}>党派</List.Item>
      <List.Item description={member.employerAndTitle}>工作单位及职务</List.Item>
      <List.Item extra={<span data-testid="own-phone">{member.phone}</span>} onClick={onEditPhone} arrowIcon description="点击修改手机号">
        手机
      </List.Item>
    </List>
  );
}
