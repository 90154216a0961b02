import { account, notification } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../src/testing";
import { errorOf } from "../roster/helpers";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

async function accountId(username: string) {
  const [row] = await api.db.db.select({ id: account.id }).from(account).where(eq(account.username, username));
  return row!.id;
}

/** Rows as the notification job writes them (the centre only reads). */
async function deliver(username: string, count: number, from: Date) {
  const accountIdOf = await accountId(username);
  await api.db.db.insert(notification).values(
    Array.from({ length: count }, (_, i) => ({
      councilId: api.councilId,
      accountId: accountIdOf,
      kind: "consultation.invited",
      key: `test:${username}:${from.toISOString()}:${i}`,
      title: `邀请 ${i}`,
      link: { app: "portal" as const, path: `/activities/${i}` },
      createdAt: new Date(from.getTime() + i * 1000),
    })),
  );
}

describe("the message centre", () => {
  it("lists one's own notifications newest first, page by page, with the unread count", async () => {
    await deliver("member", 25, new Date("2025-03-01T08:00:00Z"));
    await deliver("admin", 3, new Date("2025-03-01T08:00:00Z"));
    const { caller: member } = await api.loginAs("member");

    const first = await member.notification.list({ limit: 10 });
    expect(first.items.map((i) => i.title)).toEqual(Array.from({ length: 10 }, (_, i) => `邀请 ${24 - i}`));
    const second = await member.notification.list({ limit: 10, cursor: first.nextCursor });
    const third = await member.notification.list({ limit: 10, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items]).toHaveLength(25);
    expect(third.nextCursor).toBeNull();
    expect(first.items[0]!.link).toEqual({ app: "portal", path: "/activities/24" });
    expect(await member.notification.unreadCount()).toEqual({ unread: 25 });
  });

  it("marks only one's own read, one by one or all at once", async () => {
    const { caller: member } = await api.loginAs("member");
    const { caller: admin } = await api.loginAs("admin");
    const adminsOwn = (await admin.notification.list({})).items.map((i) => i.id);
    const mine = (await member.notification.list({ limit: 2 })).items.map((i) => i.id);

    expect(await member.notification.markRead({ ids: [...mine, ...adminsOwn] })).toEqual({ marked: 2 });
    expect(await member.notification.unreadCount()).toEqual({ unread: 23 });
    expect(await admin.notification.unreadCount()).toEqual({ unread: 3 });
    expect((await member.notification.list({ unreadOnly: true, limit: 50 })).items).toHaveLength(23);
    expect(await member.notification.markRead({ ids: mine })).toEqual({ marked: 0 });

    expect(await member.notification.markAllRead()).toEqual({ marked: 23 });
    expect(await member.notification.unreadCount()).toEqual({ unread: 0 });
    expect(await admin.notification.unreadCount()).toEqual({ unread: 3 });
  });

  it("refuses a forged cursor with a message to start over", async () => {
    const { caller: member } = await api.loginAs("member");
    expect((await errorOf(member.notification.list({ cursor: "not-a-cursor" }))).message).toContain("分页参数无效");
  });
});

describe("notification preferences", () => {
  it("list the role's kinds with their defaults, and keep a choice", async () => {
    const { caller: member } = await api.loginAs("member");
    const before = await member.notification.preferences();
    expect(before.map((p) => p.kind)).toContain("proposal.replied");
    expect(before.map((p) => p.kind)).not.toContain("proposal.assigned");
    expect(before.find((p) => p.kind === "proposal.filed")?.delivery).toBe("digest");

    const after = await member.notification.setPreference({ kind: "proposal.filed", delivery: "off" });
    expect(after.find((p) => p.kind === "proposal.filed")?.delivery).toBe("off");
    expect((await member.notification.preferences()).find((p) => p.kind === "proposal.filed")?.delivery).toBe("off");
  });

  it("refuse switching a deadline off, and a kind the role never receives, saying why", async () => {
    const { caller: handler } = await api.loginAs("handler");
    const off = await errorOf(handler.notification.setPreference({ kind: "deadline.overdue", delivery: "off" }));
    expect(off.message).toBe("「办理逾期」关系办理期限，不能关闭，可选择立即通知或每日汇总");
    const notMine = await errorOf(handler.notification.setPreference({ kind: "consultation.invited", delivery: "digest" }));
    expect(notMine.message).toContain("不会收到「协商活动邀请」通知");
    expect((await handler.notification.preferences()).find((p) => p.kind === "deadline.overdue")?.delivery).toBe("immediate");
  });
});
