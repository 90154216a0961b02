import {
  consultationFormats,
  consultationModeLabels,
  convenorLabels,
  outcomeKindLabels,
  participantGroupLabels,
  quorumBodyLabels,
  type ConsultationFormatCode,
} from "@cppcc/domain";
import { Alert, Descriptions } from "antd";

/** What the chosen format is: who convenes, who takes part, what it produces. So the form's fields make sense. */
export function FormatGuide({ code }: { code: ConsultationFormatCode }) {
  const f = consultationFormats[code];
  const convenors = [...new Set(Object.values(f.convenor))].map((c) => convenorLabels[c]).join("、");
  return (
    <Alert
      type="info"
      style={{ marginBottom: 16 }}
      title={`${f.name}：${f.note}`}
      description={
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          <Descriptions.Item label="组织">{convenors}</Descriptions.Item>
          <Descriptions.Item label="参加">{f.participants.required.map((p) => participantGroupLabels[p]).join("、")}</Descriptions.Item>
          {f.participants.optional.length > 0 && (
            <Descriptions.Item label="可邀请">{f.participants.optional.map((p) => participantGroupLabels[p]).join("、")}</Descriptions.Item>
          )}
          <Descriptions.Item label="成果">{f.expectedOutcome === "none" ? "不形成成果文件，意见建议逐条交办销号" : outcomeKindLabels[f.expectedOutcome]}</Descriptions.Item>
          {f.quorum && <Descriptions.Item label="法定人数">须过半数{quorumBodyLabels[f.quorum.of]}出席</Descriptions.Item>}
          <Descriptions.Item label="方式">{f.modes.map((m) => consultationModeLabels[m]).join("、")}</Descriptions.Item>
        </Descriptions>
      }
    />
  );
}
