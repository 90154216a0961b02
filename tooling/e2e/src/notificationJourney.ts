import type { Locator, Page } from "playwright-core";
import { apiSignIn, type HttpApi } from "./trpcHttp";

type Created = { id: string; version: number };

/**
 * A consultation the office has drafted and scheduled a week from today, led by a committee the
 * member does not sit on: its members are invited with it, and this member must not be yet.
 */
export async function scheduledConsultation(base: string, title: string, plannedDate: string, memberId: string): Promise<{ admin: HttpApi; id: string }> {
  const admin = await apiSignIn(base, "admin");
  const lookups = await admin.query<{ committees: { id: string; name: string }[] }>("roster.lookups");
  const { committeeIds } = await admin.query<{ committeeIds: string[] }>("roster.members.get", { id: memberId });
  const committee = lookups.committees.find((c) => !committeeIds.includes(c.id))!;
  const year = Number(plannedDate.slice(0, 4));
  const created = await admin.mutate<Created>("consultation.create", {
    title,
    formatCode: "topicalConsultation",
    year,
    leadCommitteeId: committee.id,
    plannedDate,
    venue: "政协三楼会议室",
  });
  const planned = await admin.mutate<Created>("consultation.transition", { id: created.id, version: created.version, event: { type: "plan" } });
  await admin.mutate("consultation.transition", { id: created.id, version: planned.version, event: { type: "schedule", date: plannedDate } });
  return { admin, id: created.id };
}

/**
 * A proposal of `memberId` entered by the office, filed, assigned to 市住建局 and answered by the
 * demo unit: the setup before the member is told to evaluate it.
 */
export async function repliedProposal(base: string, memberId: string, title: string): Promise<string> {
  const admin = await apiSignIn(base, "admin");
  const options = await admin.query<{ currentSessionId: string; handlingUnits: { id: string; shortName: string }[] }>("proposal.options");
  const unit = options.handlingUnits.find((u) => u.shortName === "市住建局")!;
  let p = await admin.mutate<Created>("proposal.create", {
    sessionId: options.currentSessionId,
    proposer: { kind: "member", memberId },
    title,
    situation: "城区部分老旧小区路灯年久失修，夜间照明不足，居民出行存在安全隐患，群众反映强烈。",
    suggestions: "一是开展全面排查建立台账；二是纳入年度民生实事项目分批改造；三是明确后续维护责任单位。",
    category: "urbanRural",
    isLivelihood: true,
  });
  p = await admin.mutate<Created>("proposal.submit", { id: p.id, version: p.version });
  p = await admin.mutate<Created>("proposal.startReview", { id: p.id, version: p.version });
  p = await admin.mutate<Created>("proposal.file", { id: p.id, version: p.version });
  p = await admin.mutate<Created>("proposal.assign", { id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: unit.id, coUnitIds: [] } });
  const handler = await apiSignIn(base, "handler");
  await handler.mutate("proposal.reply", {
    id: p.id,
    version: p.version,
    categoryCode: "A",
    text: "已将老旧小区路灯改造列入今年民生实事，分两批实施，第一批已于本月完工，并明确物业和社区的维护责任。",
    signer: "李局长",
    contact: "王科长 0573-85000000",
  });
  return p.id;
}

/** The portal's 消息 tab, where the unread badge sits. */
export function messagesTab(page: Page): Locator {
  return page.locator(".adm-tab-bar-item").filter({ hasText: "消息" });
}

/** One notification's row in a list, by words of its title. */
export function notificationRow(scope: Page | Locator, text: string): Locator {
  return scope.locator("[data-notification-id]").filter({ hasText: text });
}

/**
 * Waits until the notification job has written `username`'s notification about `text` (it runs
 * from the outbox a few seconds after the change), so the browser finds it on its first load.
 */
export async function untilNotified(base: string, username: string, text: string | readonly string[], timeoutMs = 30_000): Promise<void> {
  const words = typeof text === "string" ? [text] : text;
  const api = await apiSignIn(base, username);
  const until = Date.now() + timeoutMs;
  for (;;) {
    const page = await api.query<{ items: { title: string }[] }>("notification.list", { unreadOnly: true, limit: 50 });
    if (page.items.some((n) => words.every((w) => n.title.includes(w)))) return;
    if (Date.now() > until) throw new Error(`${username} 在 ${timeoutMs / 1000} 秒内没有收到关于「${words.join("」「")}」的通知`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
