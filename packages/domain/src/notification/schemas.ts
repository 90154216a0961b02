import { z } from "zod";
import { idField } from "../id";
import { pageInput } from "../paging";
import { deliveryModes, notificationKinds, type NotificationKind, type NotificationLink } from "./kinds";

/** `notification.list`: one's own notifications, newest first, keyset paged. */
export const notificationListInput = pageInput.extend({
  unreadOnly: z.boolean().default(false),
});
export type NotificationListInput = z.infer<typeof notificationListInput>;

/** One notification as its recipient sees it in the message centre. */
export type NotificationItem = {
  id: string;
  kind: NotificationKind;
  /** One line: what happened, naming the record (「《关于……的建议》已立案，案号 12」). */
  title: string;
  /** Optional second line: a reason, a deadline, who did it. */
  body: string | null;
  link: NotificationLink | null;
  createdAt: Date;
  readAt: Date | null;
  /** Set when what it asked for was done (answered, evaluated, confirmed): it leaves 待办. */
  doneAt: Date | null;
};

/** `notification.markRead`: the listed ones (one's own only); `notification.markAllRead` takes nothing. */
export const notificationMarkReadInput = z.object({
  ids: z.array(idField("通知")).min(1, "请选择通知").max(200, "一次最多 200 条"),
});

/** `notification.unreadCount` answers `{ unread }`, for the badges. */
export type NotificationUnreadCount = { unread: number };

/** `notification.preferences` lists every kind the person can receive with their choice. */
export type NotificationPreference = {
  kind: NotificationKind;
  label: string;
  delivery: (typeof deliveryModes)[number];
  mandatory: boolean;
};

/** `notification.setPreference`: refused with a reason for 「不通知」 on a mandatory kind. */
export const notificationSetPreferenceInput = z.object({
  kind: z.enum(notificationKinds as [NotificationKind, ...NotificationKind[]], { message: "未知的通知类型" }),
  delivery: z.enum(deliveryModes, { message: "请选择通知方式" }),
});
