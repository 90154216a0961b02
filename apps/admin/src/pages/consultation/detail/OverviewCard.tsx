import { consultationModeLabels, handlingUnitName, meetingContactText, outcomeKindLabels, quarterLabel, type Quarter } from "@cppcc/domain";
import { dayText } from "@cppcc/ui/roster";
import { Card, Descriptions, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { ConsultationDetail } from "../shared/types";
import { LinkedProposals } from "./LinkedProposals";

/** What the consultation is: its format and what the format asks for, when, where and how. */
export function OverviewCard({ consultation: c }: { consultation: ConsultationDetail }) {
  const start = c.startTime ? ` ${c.startTime}` : "";
  const when = c.heldOn ? `${dayText(c.heldOn)}（已召开）` : c.plannedDate ? `${dayText(c.plannedDate)}${start}` : "未定";
  return (
    <Card title="协商概况" style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="协商形式">{c.formatName}</Descriptions.Item>
        <Descriptions.Item label="年度">
          {c.year} 年 · {quarterLabel(c.quarter as Quarter | null)}
        </Descriptions.Item>
        <Descriptions.Item label="级别">{c.townshipName ?? "市级"}</Descriptions.Item>
        <Descriptions.Item label="预期成果">{c.expectedOutcome === "none" ? "不形成成果文件" : outcomeKindLabels[c.expectedOutcome]}</Descriptions.Item>
        <Descriptions.Item label="会议时间">{when}</Descriptions.Item>
        <Descriptions.Item label="报名截止">{c.replyDeadline ? dayText(c.replyDeadline) : "—"}</Descriptions.Item>
        <Descriptions.Item label="方式">{consultationModeLabels[c.mode]}</Descriptions.Item>
        <Descriptions.Item label="地点">{[c.venueRecord?.name, c.venue].filter(Boolean).join(" · ") || "—"}</Descriptions.Item>
        <Descriptions.Item label="联系人">{meetingContactText(c) ?? "—"}</Descriptions.Item>
        {c.leadCommitteeName && <Descriptions.Item label="牵头专委会">{c.leadCommitteeName}</Descriptions.Item>}
        {c.handlingUnits.length > 0 && <Descriptions.Item label="对口部门">{c.handlingUnits.map(handlingUnitName).join("、")}</Descriptions.Item>}
        {c.sectors.length > 0 && (
          <Descriptions.Item label="参加界别" span={2}>
            {c.sectors.map((s) => (
              <Tag key={s.id}>{s.name}</Tag>
            ))}
          </Descriptions.Item>
        )}
        {c.linkedProposalIds.length > 0 && (
          <Descriptions.Item label="协商办理的提案" span={2}>
            <LinkedProposals ids={c.linkedProposalIds} />
          </Descriptions.Item>
        )}
        {c.planItem && (
          <Descriptions.Item label="计划项目" span={2}>
            <Link to={`/consultation-plan?year=${c.year}`}>{c.planItem.topic}</Link>
          </Descriptions.Item>
        )}
        {c.postponeReason && (
          <Descriptions.Item label="延期原因" span={2}>
            {c.postponeReason}
          </Descriptions.Item>
        )}
        {c.cancelReason && (
          <Descriptions.Item label="取消原因" span={2}>
            {c.cancelReason}
          </Descriptions.Item>
        )}
        {c.description && (
          <Descriptions.Item label="说明" span={2}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{c.description}</Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
