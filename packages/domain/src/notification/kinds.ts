import type { Role } from "../auth/role";

/**
 * Every kind of notification, what it is called in 通知设置, how it is delivered unless the person
 * chooses otherwise, and whether it may be switched off (deadlines may not). One list that the
 * services, the preference screen and the channels all read; a module that lands adds its kinds here.
 */
export const deliveryModes = ["immediate", "digest", "off"] as const;
export type DeliveryMode = (typeof deliveryModes)[number];

export const deliveryModeLabels: Record<DeliveryMode, string> = {
  immediate: "立即通知",
  digest: "每日汇总",
  off: "不通知",
};

type KindInfo = {
  label: string;
  /** Who can receive it: 通知设置 lists only these kinds to a person of that role. */
  roles: readonly Role[];
  /** What a person gets unless they chose otherwise. */
  defaultDelivery: DeliveryMode;
  /** Deadlines and the like reach a person whatever they chose: 「不通知」 is not offered. */
  mandatory: boolean;
};

export const notificationKindInfo = {
  "consultation.invited": { label: "协商活动邀请", roles: ["member"], defaultDelivery: "immediate", mandatory: false },
  "consultation.leaveDecided": { label: "请假审批结果", roles: ["member"], defaultDelivery: "immediate", mandatory: false },
  "consultation.meetingChanged": { label: "会议时间地点变更", roles: ["member"], defaultDelivery: "immediate", mandatory: true },
  "proposal.cosignRequested": { label: "联名邀请", roles: ["member"], defaultDelivery: "immediate", mandatory: false },
  "proposal.returned": { label: "提案退回修改", roles: ["member"], defaultDelivery: "immediate", mandatory: false },
  "proposal.filed": { label: "提案立案结果", roles: ["member"], defaultDelivery: "digest", mandatory: false },
  "proposal.assigned": { label: "提案交办", roles: ["handler"], defaultDelivery: "immediate", mandatory: false },
  "proposal.replied": { label: "提案已答复（请评价）", roles: ["member"], defaultDelivery: "immediate", mandatory: false },
  "suggestion.routed": { label: "协商建议交办", roles: ["handler"], defaultDelivery: "immediate", mandatory: false },
  "suggestion.answered": { label: "协商建议已答复", roles: ["admin", "liaison"], defaultDelivery: "digest", mandatory: false },
  "extension.decided": { label: "延期申请审批结果", roles: ["handler"], defaultDelivery: "immediate", mandatory: false },
  "deadline.approaching": { label: "办理期限临近", roles: ["admin", "handler", "liaison"], defaultDelivery: "immediate", mandatory: true },
  "deadline.overdue": { label: "办理逾期", roles: ["admin", "handler", "liaison"], defaultDelivery: "immediate", mandatory: true },
  "annualReport.returned": { label: "述职报告退回修改", roles: ["member"], defaultDelivery: "immediate", mandatory: false },
  "topic.received": { label: "群众议题待处理", roles: ["liaison"], defaultDelivery: "digest", mandatory: false },
  // A written warning or the advice to resign concerns the member's seat: they must hear it at once, whatever they chose.
  "duty.warning": { label: "履职预警", roles: ["member"], defaultDelivery: "immediate", mandatory: true },
} as const satisfies Record<string, KindInfo>;

export type NotificationKind = keyof typeof notificationKindInfo;
export const notificationKinds = Object.keys(notificationKindInfo) as NotificationKind[];

/** Where a notification sends the person: an app and a path inside it (the app's router path). */
export type NotificationLink = { app: "admin" | "liaison" | "portal"; path: string };

/** Whether a person may choose `mode` for `kind`. */
/** The kinds a person of `role` can receive, in the order 通知设置 lists them. */
export function notificationKindsFor(role: Role): NotificationKind[] {
  return notificationKinds.filter((k) => (notificationKindInfo[k].roles as readonly Role[]).includes(role));
}

export function deliveryAllowed(kind: NotificationKind, mode: DeliveryMode): boolean {
  return !(mode === "off" && notificationKindInfo[kind].mandatory);
}
