import type { AppName, NotificationItem, NotificationLink } from "@cppcc/domain";
import dayjs from "dayjs";
import "../locale/dayjs";
import { appPaths } from "../session/apps";

/**
 * When a notification came, as a person scans a list: 刚刚, 5 分钟前, 今天 09:30, 昨天 18:05,
 * 3月1日 14:05, 2025年12月30日. Days are Beijing days whatever the device's zone; a time a little
 * ahead of the device's clock (the server's clock is the one that counts) still reads 刚刚.
 */
export function relativeTimeText(at: Date | string, now: Date = new Date()): string {
  const then = dayjs(at).tz();
  const current = dayjs(now).tz();
  const minutes = current.diff(then, "minute");
  if (minutes < 1) return "刚刚";
  if (minutes < 60) return `${minutes} 分钟前`;
  const days = current.startOf("day").diff(then.startOf("day"), "day");
  if (days === 0) return `今天 ${then.format("HH:mm")}`;
  if (days === 1) return `昨天 ${then.format("HH:mm")}`;
  if (then.year() === current.year()) return then.format("M月D日 HH:mm");
  return then.format("YYYY年M月D日");
}

/** The full time, for a tooltip or a screen reader beside the relative one. */
export function exactTimeText(at: Date | string): string {
  return dayjs(at).tz().format("YYYY年M月D日 HH:mm");
}

/** Where 「去处理」 goes: a route inside the app being used, or another app's address on this server. */
export type NotificationTarget = { kind: "route"; path: string } | { kind: "href"; href: string };

/** What a row of either design system gets: the item, where it leads, marking it read, going there. */
export type NotificationRowProps = {
  item: NotificationItem;
  target: NotificationTarget | null;
  onRead: () => void;
  onOpen: (target: NotificationTarget) => void;
};

export function notificationTarget(link: NotificationLink | null, here: AppName): NotificationTarget | null {
  if (!link) return null;
  // Always a path under the app on this server: a link written as "//host" must not leave it.
  const path = `/${link.path.replace(/^[/\\]+/, "")}`;
  if (link.app === here) return { kind: "route", path };
  return { kind: "href", href: `${appPaths[link.app]}${path.slice(1)}` };
}
