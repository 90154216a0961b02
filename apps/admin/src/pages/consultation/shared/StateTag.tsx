import { consultationStateLabels, type ConsultationState } from "@cppcc/domain";
import { Tag } from "antd";

/** Colour by where it stands: still being prepared, about to meet, following up, or finished. */
const colors: Record<ConsultationState, string> = {
  draft: "default",
  planned: "blue",
  scheduled: "processing",
  held: "gold",
  outcomeSubmitted: "orange",
  feedbackReceived: "cyan",
  closed: "success",
  cancelled: "default",
};

export function StateTag({ state }: { state: ConsultationState }) {
  return (
    <Tag color={colors[state]} style={{ marginInlineEnd: 0 }}>
      {consultationStateLabels[state]}
    </Tag>
  );
}
