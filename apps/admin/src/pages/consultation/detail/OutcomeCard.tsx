import { adoptionResultLabels, outcomeKindLabels } from "@cppcc/domain";
import { dayText } from "@cppcc/ui/roster";
import { Card, Descriptions, Tag, Typography } from "antd";
import type { ConsultationDetail } from "../shared/types";

const adoptionColors = { adopted: "success", partlyAdopted: "processing", noted: "default" } as const;

/** The outcome sent to the decision makers, how they took it, and when to look back. */
export function OutcomeCard({ consultation: c }: { consultation: ConsultationDetail }) {
  if (!c.outcomeKind && !c.adoption) return null;
  return (
    <Card title="协商成果与采纳反馈" style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        {c.outcomeKind && <Descriptions.Item label="成果类型">{outcomeKindLabels[c.outcomeKind]}</Descriptions.Item>}
        {c.outcomeSubmittedOn && <Descriptions.Item label="报送日期">{dayText(c.outcomeSubmittedOn)}</Descriptions.Item>}
        {c.outcomeTitle && (
          <Descriptions.Item label="成果文件" span={2}>
            {c.outcomeTitle}
          </Descriptions.Item>
        )}
        {c.outcomeDocument && (
          <Descriptions.Item label="正文" span={2}>
            <Typography.Paragraph ellipsis={{ rows: 4, expandable: true, symbol: "展开" }} style={{ whiteSpace: "pre-wrap", margin: 0 }}>
              {c.outcomeDocument}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
        {c.adoption && (
          <Descriptions.Item label="采纳情况">
            <Tag color={adoptionColors[c.adoption]}>{adoptionResultLabels[c.adoption]}</Tag>
          </Descriptions.Item>
        )}
        {c.adoption && <Descriptions.Item label="回头看日期">{c.followUpDate ? dayText(c.followUpDate) : "未定"}</Descriptions.Item>}
        {c.feedback && (
          <Descriptions.Item label="反馈意见" span={2}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{c.feedback}</Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
