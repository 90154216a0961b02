import type { NotificationKind } from "@cppcc/domain";
import { annualReportReturned } from "./annualReportReturned";
import { consultationInvited } from "./consultationInvited";
import { cosignRequested } from "./cosignRequested";
import { deadlineApproaching } from "./deadlineApproaching";
import { deadlineOverdue } from "./deadlineOverdue";
import { dutyWarning } from "./dutyWarning";
import { extensionDecided } from "./extensionDecided";
import { leaveDecided } from "./leaveDecided";
import { proposalAssigned } from "./proposalAssigned";
import { proposalFiled } from "./proposalFiled";
import { proposalReplied } from "./proposalReplied";
import { proposalReturned } from "./proposalReturned";
import { suggestionAnswered } from "./suggestionAnswered";
import { suggestionRouted } from "./suggestionRouted";
import { topicReceived } from "./topicReceived";
import type { AnyKindDef } from "./types";

/**
 * Every kind the fan-out job writes. Kinds of `notificationKindInfo` not listed here have no
 * event yet (会议时间地点变更 waits for meeting changes to be recorded as such); the test walking
 * this registry names them.
 */
export const notificationKindDefs: Partial<Record<NotificationKind, AnyKindDef>> = {
  [consultationInvited.kind]: consultationInvited,
  [leaveDecided.kind]: leaveDecided,
  [cosignRequested.kind]: cosignRequested,
  [proposalReturned.kind]: proposalReturned,
  [proposalFiled.kind]: proposalFiled,
  [proposalAssigned.kind]: proposalAssigned,
  [proposalReplied.kind]: proposalReplied,
  [suggestionRouted.kind]: suggestionRouted,
  [suggestionAnswered.kind]: suggestionAnswered,
  [extensionDecided.kind]: extensionDecided,
  [deadlineApproaching.kind]: deadlineApproaching,
  [deadlineOverdue.kind]: deadlineOverdue,
  [topicReceived.kind]: topicReceived,
  [annualReportReturned.kind]: annualReportReturned,
  [dutyWarning.kind]: dutyWarning,
};
