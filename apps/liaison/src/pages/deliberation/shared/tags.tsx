import {
  consultationStateLabels,
  invitationStateLabels,
  residentTopicStateLabels,
  suggestionDeadlineStatusLabels,
  type ConsultationState,
  type InvitationState,
  type ResidentTopicState,
  type SuggestionDeadlineStatus,
} from "@cppcc/domain";
import { Tag } from "antd";

const consultationColors: Record<ConsultationState, string> = {
  draft: "default",
  planned: "default",
  scheduled: "blue",
  held: "orange",
  outcomeSubmitted: "orange",
  feedbackReceived: "orange",
  closed: "green",
  cancelled: "default",
};

export function ConsultationStateTag({ state }: { state: ConsultationState }) {
  return <Tag color={consultationColors[state]}>{consultationStateLabels[state]}</Tag>;
}

const invitationColors: Record<InvitationState, string> = {
  invited: "default",
  accepted: "green",
  leaveRequested: "orange",
  leaveApproved: "blue",
  leaveRejected: "red",
  withdrawn: "default",
};

export function InvitationStateTag({ state }: { state: InvitationState }) {
  return <Tag color={invitationColors[state]}>{invitationStateLabels[state]}</Tag>;
}

const topicColors: Record<ResidentTopicState, string> = { pending: "orange", accepted: "green", rejected: "default" };

export function TopicStateTag({ state }: { state: ResidentTopicState }) {
  return <Tag color={topicColors[state]}>{residentTopicStateLabels[state]}</Tag>;
}

const deadlineColors: Record<SuggestionDeadlineStatus, string> = {
  unrouted: "default",
  onTime: "blue",
  dueSoon: "orange",
  overdue: "red",
  answered: "cyan",
  answeredLate: "volcano",
  closed: "green",
};

/** Where a suggestion stands against its deadline; overdue is red, with the days late when known. */
export function DeadlineStatusTag({ status, daysOverdue }: { status: SuggestionDeadlineStatus; daysOverdue?: number }) {
  return (
    <Tag color={deadlineColors[status]}>
      {suggestionDeadlineStatusLabels[status]}
      {status === "overdue" && daysOverdue ? ` ${daysOverdue} 天` : ""}
    </Tag>
  );
}
