import {
  genderLabels,
  memberPostLabels,
  memberStatusLabels,
  partyAffiliationLabels,
  sectorGroupLabel,
  termLabel,
} from "@cppcc/domain";
import { Descriptions, Flex, Tag, Typography } from "antd";
import { birthMonthText, dayText } from "../../roster/format";
import type { MemberDetail, RosterReference } from "../../roster/types";

type Props = { member: MemberDetail; reference?: RosterReference };

/** Every field of one member and where they are now (界别, 专委会, 委员小组, 届次). */
export function MemberProfile({ member, reference }: Props) {
  const sector = reference?.sectors.find((s) => s.id === member.sectorId);
  const term = reference?.terms.find((t) => t.id === member.termId);
  const withdrawn = member.status === "withdrawn";
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 2 }}
      styles={{ label: { width: 110, whiteSpace: "nowrap" } }}
      items={[
        { key: "name", label: "姓名", children: member.name },
        { key: "gender", label: "性别", children: genderLabels[member.gender] },
        { key: "birthDate", label: "出生年月", children: birthMonthText(member.birthDate) },
        { key: "ethnicity", label: "民族", children: member.ethnicity },
        { key: "party", label: "党派", children: partyAffiliationLabels[member.partyAffiliation] },
        { key: "post", label: "职务", children: memberPostLabels[member.post] },
        { key: "phone", label: "手机", children: <Typography.Text copyable={!member.phone.includes("*")}>{member.phone}</Typography.Text> },
        { key: "term", label: "届次", children: term ? termLabel(term.number) : "—" },
        { key: "employer", label: "工作单位及职务", span: "filled", children: member.employerAndTitle },
        {
          key: "sector",
          label: "界别",
          span: "filled",
          children: (
            <Flex vertical gap={2}>
              <span>{member.sectorName || "—"}</span>
              {sector && <Typography.Text type="secondary">{sectorGroupLabel(sector)}</Typography.Text>}
            </Flex>
          ),
        },
        {
          key: "committees",
          label: "专委会",
          span: "filled",
          children:
            member.committeeNames.length === 0 ? (
              withdrawn ? "—" : <Typography.Text type="danger">未参加专委会</Typography.Text>
            ) : (
              <Flex wrap gap={4}>
                {member.committeeNames.map((n) => (
                  <Tag key={n} style={{ marginInlineEnd: 0 }}>
                    {n}
                  </Tag>
                ))}
              </Flex>
            ),
        },
        { key: "group", label: "委员小组", span: "filled", children: member.townshipGroupName || "—" },
        {
          key: "status",
          label: "状态",
          span: "filled",
          children: withdrawn ? (
            <Flex vertical gap={2}>
              <span>
                <Tag color="default">{memberStatusLabels.withdrawn}</Tag>
                {dayText(member.withdrawnOn)}退出
              </span>
              {member.withdrawalReason && <Typography.Text type="secondary">原因：{member.withdrawalReason}</Typography.Text>}
            </Flex>
          ) : (
            <Tag color="green">{memberStatusLabels.active}</Tag>
          ),
        },
      ]}
    />
  );
}
