import { bySoonest, Forbidden, type LiaisonHome } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { listConsultations } from "../consultation/consultation/list";
import { openItems } from "../consultation/suggestion/openItems";
import { countTopics, listTopics } from "../consultation/topic/list";

/**
 * The liaison officer's home, through the services of the lists it links to (群众议题, 民生议事堂,
 * 销号清单), each filtered to the officer's own township as those lists are.
 */
export async function liaisonHome({ ctx }: { ctx: SignedInContext }): Promise<LiaisonHome> {
  const townshipId = ctx.actor.townshipId;
  if (!townshipId) throw new Forbidden("该账号未关联镇街道，请联系政协办公室设置所属镇街道");
  const sessions = (state: "planned" | "scheduled") =>
    // A township has a handful of sessions waiting at a time; 50 of each covers them.
    listConsultations({ ctx, input: { townshipId, state, formatCode: "deliberation", cityOnly: false, thisWeek: false, limit: 50 } });
  const [pending, pendingCount, planned, scheduled, open] = await Promise.all([
    listTopics({ ctx, input: { townshipId, state: "pending", limit: 5 } }),
    countTopics(ctx, { townshipId, state: "pending" }),
    sessions("planned"),
    sessions("scheduled"),
    openItems({ ctx, input: { townshipId, limit: 5 } }),
  ]);
  return {
    pendingTopics: { count: pendingCount, items: pending.items.map((t) => ({ id: t.id, topic: t.topic, receiptNo: t.receiptNo, createdAt: t.createdAt })) },
    upcomingSessions: [...scheduled.items, ...planned.items]
      .map((c) => ({ id: c.id, title: c.title, plannedDate: c.plannedDate, startTime: c.startTime, place: c.venueName ?? c.venue ?? null, state: c.state }))
      .sort(bySoonest),
    openItems: {
      overdue: open.summary.overdue,
      dueSoon: open.summary.dueSoon,
      total: open.summary.total,
      items: open.items.map((s) => ({
        id: s.id,
        content: s.content,
        consultationId: s.consultationId,
        handlingUnitName: s.handlingUnitName,
        deadline: s.deadline,
        status: s.status,
        daysOverdue: s.daysOverdue,
      })),
    },
  };
}
