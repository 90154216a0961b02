import { suggestionDeadlineStatusLabels, type SuggestionDeadlineStatus } from "@cppcc/domain";
import { Tag } from "antd";

const colors: Record<SuggestionDeadlineStatus, string> = {
  unrouted: "default",
  onTime: "processing",
  dueSoon: "warning",
  overdue: "error",
  answered: "cyan",
  answeredLate: "orange",
  closed: "success",
};

/** Where a suggestion stands, with its deadline in mind (临期, 逾期). */
export function SuggestionStateTag({ status }: { status: SuggestionDeadlineStatus }) {
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
      {suggestionDeadlineStatusLabels[status]}
    </Tag>
  );
}
