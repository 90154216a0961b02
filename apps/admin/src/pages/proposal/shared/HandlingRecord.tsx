import { assignmentModeLabels, notFiledConversionLabels } from "@cppcc/domain";
import { Card, Descriptions, Flex, List, Tag, Typography } from "antd";
import { Link } from "react-router";
import { formatDateTime } from "./format";
import { StatusTag } from "./StatusTag";
import type { ProposalDetail, ProposalRules } from "./types";
import { UnitTags } from "./UnitTags";

type Props = {
  proposal: ProposalDetail;
  rules: ProposalRules | undefined;
  detailPath: (id: string) => string;
  /** A unit writing its letter has its draft in the form above; staff see every unit's draft here. */
  hideDrafts?: boolean;
};

const roundLabel = (round: number) => (round === 0 ? "答复" : "重新办理后答复");

/**
 * What the office and the units did after the text was in: review decisions, the assignment and
 * its deadlines, the units' letters, the proposer's ratings, key-proposal and merge details.
 */
export function HandlingRecord({ proposal: p, rules, detailPath, hideDrafts }: Props) {
  const level = (code: string) => rules?.satisfaction.scale.find((l) => l.code === code)?.label ?? code;
  const dimension = (code: string) => rules?.satisfaction.dimensions.find((d) => d.code === code)?.label ?? code;
  const sections = [];
  const coOpinions = p.coOpinions.filter((o) => !hideDrafts || o.sentAt);
  const replies = p.replies.filter((r) => !hideDrafts || r.sentAt);

  if (p.returns > 0 || p.notFiled) {
    sections.push(
      <Card key="review" title="审查意见" size="small">
        {p.returns > 0 && (
          <Typography.Paragraph>
            已退回修改 {p.returns} 次{p.returnReasons.length > 0 && `，最近一次理由：${p.returnReasons.join("；")}`}
          </Typography.Paragraph>
        )}
        {p.notFiled && (
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            不予立案：{p.notFiled.groundLabel}；{notFiledConversionLabels[p.notFiled.conversion]}
          </Typography.Paragraph>
        )}
      </Card>,
    );
  }

  if (p.assignment) {
    const d = p.deadlines;
    sections.push(
      <Card key="assignment" title="交办" size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: "mode", label: "办理方式", children: assignmentModeLabels[p.assignment.mode] },
            { key: "on", label: "交办日期", children: p.assignment.assignedOn },
            { key: "units", label: "承办单位", span: 2, children: <UnitTags units={p.assignment.units} /> },
            ...(d.dueOn ? [{ key: "due", label: "办理期限", children: `${d.dueOn} 前答复` }] : []),
            ...(d.returnLastDay ? [{ key: "return", label: "退回期限", children: `${d.returnLastDay} 前可退回交办` }] : []),
            ...(d.evaluationLastDay ? [{ key: "eval", label: "测评期限", children: `${d.evaluationLastDay} 前` }] : []),
          ]}
        />
      </Card>,
    );
  }

  if (p.assignmentReturn && p.status === "assignmentReturned") {
    sections.push(
      <Card key="returned" title="承办单位退回" size="small">
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {p.assignmentReturn.unitName} 于 {p.assignmentReturn.returnedOn} 退回：{p.assignmentReturn.reason}
        </Typography.Paragraph>
      </Card>,
    );
  }

  if (coOpinions.length > 0) {
    sections.push(
      <Card key="co" title="会办意见" size="small">
        <List
          dataSource={coOpinions}
          renderItem={(o) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: "100%" }}>
                <Flex gap={8} align="center">
                  <Typography.Text strong>{o.unitName}</Typography.Text>
                  {o.sentAt ? <Typography.Text type="secondary">{formatDateTime(o.sentAt)} 送主办单位</Typography.Text> : <Tag>草稿</Tag>}
                </Flex>
                <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{o.text}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>,
    );
  }

  if (replies.length > 0) {
    sections.push(
      <Card key="replies" title="答复" size="small">
        <List
          dataSource={replies}
          renderItem={(r) => (
            <List.Item>
              <Flex vertical gap={4} style={{ width: "100%" }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>
                    {r.unitName} {roundLabel(r.round)}
                  </Typography.Text>
                  {r.categoryCode && (
                    <Tag color="blue">
                      {r.categoryCode} 类 {r.categoryLabel}
                    </Tag>
                  )}
                  {r.sentAt ? <Typography.Text type="secondary">{formatDateTime(r.sentAt)}</Typography.Text> : <Tag>草稿，未发送</Tag>}
                </Flex>
                <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{r.text}</Typography.Text>
                {(r.signer || r.contact) && (
                  <Typography.Text type="secondary">
                    {r.signer && `签发人：${r.signer}`}
                    {r.signer && r.contact && "　"}
                    {r.contact && `联系人：${r.contact}`}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>,
    );
  }

  if (p.evaluations.length > 0) {
    sections.push(
      <Card key="evaluations" title="提案者测评" size="small">
        <List
          dataSource={p.evaluations}
          renderItem={(e) => (
            <List.Item>
              <Flex vertical gap={4}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{e.round === 0 ? "对答复" : "对重新办理"}</Typography.Text>
                  <Tag color={rules?.satisfaction.scale.find((l) => l.code === e.overall)?.satisfied ? "green" : "red"}>{level(e.overall)}</Tag>
                  {Object.entries(e.dimensions).map(([code, value]) => (
                    <Typography.Text key={code} type="secondary">
                      {dimension(code)}：{level(value)}
                    </Typography.Text>
                  ))}
                  <Typography.Text type="secondary">{e.evaluatedOn}</Typography.Text>
                </Flex>
                {e.comment && <Typography.Text>意见：{e.comment}</Typography.Text>}
              </Flex>
            </List.Item>
          )}
        />
      </Card>,
    );
  }

  if (p.keyProposal) {
    const k = p.keyProposal;
    sections.push(
      <Card key="key" title="重点提案" size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: "sponsor", label: "领办领导", children: `${k.sponsorTitle} ${k.sponsorName}` },
            { key: "marked", label: "列为重点", children: k.markedOn },
            { key: "followUpOn", label: "回头看日期", children: k.followUpOn ?? "未定" },
            { key: "held", label: "回头看", children: k.followUpHeldOn ? `${k.followUpHeldOn} 已开展` : "尚未开展" },
            ...(k.followUpNote ? [{ key: "note", label: "回头看情况", span: 2, children: k.followUpNote }] : []),
          ]}
        />
      </Card>,
    );
  }

  if (p.mergeGroup) {
    sections.push(
      <Card key="merge" title="并案" size="small">
        {p.mergeGroup.note && <Typography.Paragraph>{p.mergeGroup.note}</Typography.Paragraph>}
        <List
          size="small"
          dataSource={p.mergeGroup.proposals}
          renderItem={(m) => (
            <List.Item extra={<StatusTag status={m.status} />}>
              <Typography.Text strong style={{ marginInlineEnd: 8 }}>
                {m.number}
              </Typography.Text>
              {m.id === p.id ? m.title : <Link to={detailPath(m.id)}>{m.title}</Link>}
              {m.id === p.mergeGroup?.primaryProposalId && <Tag style={{ marginInlineStart: 8 }}>主案</Tag>}
            </List.Item>
          )}
        />
      </Card>,
    );
  }

  if (sections.length === 0) return null;
  return (
    <Flex vertical gap={16}>
      {sections}
    </Flex>
  );
}
