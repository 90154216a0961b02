import { genderLabels, memberPostLabels, partyAffiliationLabels } from "@cppcc/domain";
import { Flex, Tag, Typography, type TableColumnsType } from "antd";
import type { MemberListItem } from "../../roster/types";

export type MemberColumn = "name" | "gender" | "party" | "sector" | "committees" | "group" | "post" | "employer" | "phone";

/**
 * The member table's columns, shared by the office's roster and a township's. Widths add up
 * to fit 1366 px beside the side menu; on a tablet the table scrolls sideways with the name fixed.
 */
export function memberColumns(omit: readonly MemberColumn[] = []): TableColumnsType<MemberListItem> {
  const columns: TableColumnsType<MemberListItem> = [
    {
      key: "name",
      title: "姓名",
      fixed: "left",
      width: 110,
      render: (_, m) => (
        <Flex gap={4} align="center" wrap>
          <Typography.Link>{m.name}</Typography.Link>
          {m.status === "withdrawn" && <Tag style={{ marginInlineEnd: 0 }}>已退出</Tag>}
        </Flex>
      ),
    },
    { key: "gender", title: "性别", width: 56, render: (_, m) => genderLabels[m.gender] },
    { key: "party", title: "党派", width: 90, render: (_, m) => partyAffiliationLabels[m.partyAffiliation] },
    { key: "sector", title: "界别", width: 120, dataIndex: "sectorName", ellipsis: true },
    {
      key: "committees",
      title: "专委会",
      width: 170,
      render: (_, m) => (m.committeeNames.length === 0 ? "—" : m.committeeNames.join("、")),
      ellipsis: true,
    },
    { key: "group", title: "委员小组", width: 130, dataIndex: "townshipGroupName", ellipsis: true },
    {
      key: "post",
      title: "职务",
      width: 76,
      render: (_, m) => (m.post === "member" ? memberPostLabels.member : <Tag color="red">{memberPostLabels[m.post]}</Tag>),
    },
    // No width: it takes what the other columns leave.
    { key: "employer", title: "工作单位及职务", dataIndex: "employerAndTitle", ellipsis: true },
    { key: "phone", title: "手机", dataIndex: "phone", width: 116 },
  ];
  return columns.filter((c) => !omit.includes(c.key as MemberColumn));
}
