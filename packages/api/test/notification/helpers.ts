import { account } from "@cppcc/db";
import type { NotificationItem } from "@cppcc/domain";
import { eq } from "drizzle-orm";
import { createServerJobs, drainDueJobs } from "../../src/jobs";
import type { Notice, NotificationChannel } from "../../src/services/notification/channel";
import type { Caller, TestApi } from "../../src/testing";

/**
 * A server's worker with these channels (none: in-app only), polled until a poll finds nothing
 * due: a fan-out queues its deliveries, which the next poll sends. Answers the polls' totals.
 */
export async function runJobs(api: TestApi, channels: readonly NotificationChannel[] = []) {
  const jobs = createServerJobs({ channels });
  const total = { done: 0, failed: 0, gaveUp: 0 };
  for (let poll = 0; poll < 10; poll++) {
    const r = await drainDueJobs(api.db, jobs, { clock: api.clock });
    total.done += r.done;
    total.failed += r.failed;
    total.gaveUp += r.gaveUp;
    if (r.done === 0) break;
  }
  return total;
}

/** A person's message centre, as their app reads it. */
export async function inbox(caller: Caller): Promise<NotificationItem[]> {
  const items: NotificationItem[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: NotificationItem[]; nextCursor: string | null } = await caller.notification.list({ limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The notifications in a person's centre about one record: those whose link names it. */
export async function about(caller: Caller, id: string) {
  return (await inbox(caller)).filter((n) => n.link?.path.includes(id));
}

export async function accountIdOf(api: TestApi, username: string): Promise<string> {
  const [row] = await api.db.db.select({ id: account.id }).from(account).where(eq(account.username, username));
  return row!.id;
}

/**
 * A channel standing for an external system (SMS, WeChat) in tests only: it reaches the accounts
 * given and records every notice it is handed, repeats included, so a test sees a second send.
 */
export class RecordingChannel implements NotificationChannel {
  readonly name = "sms" as const;
  readonly sent: Notice[] = [];
  constructor(private readonly reachable: (accountId: string) => boolean = () => true) {}
  reaches = async (_ctx: unknown, accountId: string) => this.reachable(accountId);
  send = async (_ctx: unknown, notice: Notice) => {
    this.sent.push(notice);
  };
  to = (accountId: string) => this.sent.filter((n) => n.accountId === accountId);
}
