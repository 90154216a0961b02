import type { NotificationKind, NotificationLink } from "@cppcc/domain";
import type { ServiceContext } from "../../serviceContext";

/** One message to one person: a single notification, or a day's digest of several. */
export type Notice = {
  councilId: string;
  accountId: string;
  /** Unique per message: a retry with the same key must never send twice. */
  key: string;
  kind: NotificationKind | "digest";
  title: string;
  body: string | null;
  link: NotificationLink | null;
  /** The notifications it carries (one, or a digest's). */
  notificationIds: readonly string[];
};

/** A way out beyond the in-app message centre (SMS, WeChat); `send` runs in a job and may run again after a failure. */
export type NotificationChannel = {
  name: "sms" | "wechat";
  /** Whether this channel is configured and can reach this person (a phone on file, a bound WeChat account). */
  reaches(ctx: ServiceContext, accountId: string): Promise<boolean>;
  /** Queues or sends the notice; must be idempotent by `notice.key`. */
  send(ctx: ServiceContext, notice: Notice): Promise<void>;
};
