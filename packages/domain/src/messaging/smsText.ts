import type { NotificationKind, NotificationLink } from "../notification/kinds";

/**
 * Aliyun checks each template variable's length (a notice's variables at most 35 characters), and a
 * text over 70 characters is billed as two: the title is cut to fit, with an ellipsis saying so.
 */
export const smsVariableMax = 35;
const titleMax = 30;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Where a link in a text leads: the app and screen on the deployment's public address, or nothing without one. */
export function smsLink(publicUrl: string | null, link: NotificationLink | null): string {
  if (!publicUrl) return "";
  const base = publicUrl.replace(/\/+$/, "");
  return link ? `${base}/${link.app}${link.path}` : `${base}/portal/`;
}

/**
 * The variables of the notice template (「${council}：${title}。${link}」) or the digest's
 * (「${council}：今天有 ${count} 条新消息。${link}」); the council names itself from its data.
 */
export function smsNoticeParams(
  notice: { kind: NotificationKind | "digest"; title: string; link: NotificationLink | null; notificationIds: readonly string[] },
  councilName: string,
  publicUrl: string | null,
): Record<string, string> {
  const council = cut(councilName, smsVariableMax);
  const link = smsLink(publicUrl, notice.kind === "digest" ? null : notice.link);
  if (notice.kind === "digest") return { council, count: String(notice.notificationIds.length), link };
  return { council, title: cut(notice.title, titleMax), link };
}
