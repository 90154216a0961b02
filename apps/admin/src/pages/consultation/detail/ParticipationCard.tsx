import { invitationStateLabels, invitationStates, participations, suggestionStateLabels, suggestionStates } from "@cppcc/domain";
import { Alert, Card, Col, Flex, Row, Statistic, Tag } from "antd";
import type { ConsultationDetail } from "../shared/types";

/**
 * The figures of the meeting at a glance: replies, attendance (and the quorum where one applies),
 * 参与人次 (members present and others recorded), speeches, suggestions.
 */
export function ParticipationCard({ consultation: c }: { consultation: ConsultationDetail }) {
  const { invitations, attendance, participants, speeches, suggestions } = c.counts;
  const invited = invitationStates.filter((s) => s !== "withdrawn").reduce((n, s) => n + invitations[s], 0);
  const suggestionTotal = suggestionStates.reduce((n, s) => n + suggestions[s], 0);
  return (
    <Card title="参加情况" style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col span={6}>
          <Statistic title="邀请" value={invited} suffix="人" />
        </Col>
        <Col span={6}>
          <Statistic title="已报名" value={invitations.accepted} suffix="人" />
        </Col>
        <Col span={6}>
          <Statistic title="委员出席" value={attendance} suffix="人" />
        </Col>
        <Col span={6}>
          <Statistic title="意见建议" value={suggestionTotal} suffix="条" />
        </Col>
      </Row>
      <Flex wrap gap={6} style={{ marginTop: 12 }}>
        {invitationStates
          .filter((s) => invitations[s] > 0 && s !== "accepted")
          .map((s) => (
            <Tag key={s}>
              {invitationStateLabels[s]} {invitations[s]}
            </Tag>
          ))}
        <Tag color="blue">参与 {participations({ membersPresent: attendance, participants })} 人次（其他参会 {participants} 人）</Tag>
        {speeches > 0 && <Tag>发言 {speeches}</Tag>}
        {suggestionStates
          .filter((s) => suggestions[s] > 0)
          .map((s) => (
            <Tag key={s} color={s === "closed" ? "success" : undefined}>
              建议{suggestionStateLabels[s]} {suggestions[s]}
            </Tag>
          ))}
      </Flex>
      {c.quorum && (
        <Alert
          style={{ marginTop: 12 }}
          type={c.quorum.present >= c.quorum.required || c.quorum.expected >= c.quorum.required ? "success" : "warning"}
          showIcon
          title={`法定人数：应出席 ${c.quorum.eligible} 人，须至少 ${c.quorum.required} 人出席`}
          description={`已报名 ${c.quorum.expected} 人，已签到 ${c.quorum.present} 人`}
        />
      )}
    </Card>
  );
}
