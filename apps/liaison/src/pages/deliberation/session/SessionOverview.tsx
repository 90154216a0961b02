import { consultationModeLabels, deliberationTopicSourceLabels, meetingContactText, meetingWhenText, participations } from "@cppcc/domain";
import { Alert, Card, Descriptions, Flex, Tag, Typography } from "antd";
import { Link } from "react-router";
import type { Deliberation } from "../shared/types";
import { SessionActions } from "./actions/SessionActions";

/** The session at a glance: when, where and whom to call, the topics it takes up, replies and suggestions so far, and its next steps. */
export function SessionOverview({ deliberation: d }: { deliberation: Deliberation }) {
  const inv = d.counts.invitations;
  const s = d.counts.suggestions;
  const place = [d.venueRecord?.name, d.venue].filter(Boolean).join(" · ");
  return (
    <Card title="议事概况" extra={<SessionActions deliberation={d} />}>
      {d.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="请注意"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {d.warnings.map((w) => (
                <li key={w.message}>{w.message}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {d.state === "cancelled" && d.cancelReason && <Alert type="info" showIcon title={`已取消：${d.cancelReason}`} style={{ marginBottom: 16 }} />}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: "date", label: "议事时间", children: meetingWhenText(d.plannedDate, d.startTime, "未定") },
          { key: "held", label: "召开日期", children: d.heldOn ?? "尚未召开" },
          { key: "deadline", label: "报名截止", children: d.replyDeadline ?? "开会前" },
          { key: "mode", label: "方式", children: consultationModeLabels[d.mode] },
          { key: "venue", label: "地点", children: place || "未定" },
          { key: "contact", label: "联系人", children: meetingContactText(d) ?? "未填写" },
          ...(d.topicSource ? [{ key: "source", label: "议题来源", children: deliberationTopicSourceLabels[d.topicSource] }] : []),
          {
            key: "replies",
            label: "邀请回复",
            children: `邀请 ${inv.invited + inv.accepted + inv.leaveRequested + inv.leaveApproved + inv.leaveRejected} 人：已报名 ${inv.accepted}，待回复 ${inv.invited}，请假 ${inv.leaveRequested + inv.leaveApproved}`,
          },
          {
            key: "attendance",
            label: "参与人次",
            children: `${participations({ membersPresent: d.counts.attendance, participants: d.counts.participants })}（委员出席 ${d.counts.attendance}，其他参会 ${d.counts.participants}）`,
          },
          {
            key: "suggestions",
            label: "意见建议",
            children: `待交办 ${s.recorded}，办理中 ${s.routed}，已答复 ${s.answered}，已销号 ${s.closed}`,
          },
          {
            key: "topics",
            label: "群众议题",
            span: "filled",
            children:
              d.topics.length === 0 ? (
                <Typography.Text type="secondary">无</Typography.Text>
              ) : (
                <Flex gap={4} wrap>
                  {d.topics.map((t) => (
                    <Tag key={t.id} color="red" variant="outlined">
                      {t.topic}
                    </Tag>
                  ))}
                </Flex>
              ),
          },
          ...(d.description ? [{ key: "description", label: "议事说明", span: "filled" as const, children: d.description }] : []),
        ]}
      />
      {d.state === "held" && s.recorded + s.routed + s.answered > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: "12px 0 0" }}>
          全部意见建议销号后才能办结本次议事。<Link to="/open-items">查看销号清单</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
