import { account, auditLog, consultation, proposal } from "@cppcc/db";
import { activityEntities, activityLabel, type ActivityEntity } from "@cppcc/domain";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { SignedInContext } from "../../context";

/**
 * What people last did to the council's records, from the audit rows the event seam writes
 * (logins and password changes are left out: they are not work). Newest first over the
 * (council_id, at) index, so it stays one short index scan however long the log grows.
 */
export async function recentActivity(ctx: SignedInContext, limit: number) {
  const rows = await ctx.db.db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      at: auditLog.occurredAt,
      who: account.displayName,
    })
    .from(auditLog)
    .leftJoin(account, and(eq(account.councilId, auditLog.councilId), eq(account.id, auditLog.accountId)))
    .where(and(eq(auditLog.councilId, ctx.session.council.id), inArray(auditLog.entity, [...activityEntities])))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  const titles = await recordTitles(ctx, rows);
  return rows.map((r) => {
    const entity = r.entity as ActivityEntity;
    // No account: the system's own work (overdue marking) or a resident on the public page.
    const who = r.who ?? (r.action === "residentTopic.submit" ? "群众" : "系统");
    return { id: r.id, who, what: activityLabel(r.action, entity), entity, entityId: r.entityId, subject: titles.get(r.entityId) ?? null, at: r.at };
  });
}

/** The titles of the proposals and consultations named, two lookups by primary key whatever the page. */
async function recordTitles(ctx: SignedInContext, rows: { entity: string; entityId: string }[]) {
  const idsOf = (entity: string) => [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
  const councilId = ctx.session.council.id;
  const [proposals, consultations] = await Promise.all([
    idsOf("proposal").length === 0
      ? []
      : ctx.db.db.select({ id: proposal.id, title: proposal.title }).from(proposal).where(and(eq(proposal.councilId, councilId), inArray(proposal.id, idsOf("proposal")))),
    idsOf("consultation").length === 0
      ? []
      : ctx.db.db
          .select({ id: consultation.id, title: consultation.title })
          .from(consultation)
          .where(and(eq(consultation.councilId, councilId), inArray(consultation.id, idsOf("consultation")))),
  ]);
  return new Map([...proposals, ...consultations].map((r) => [r.id, r.title]));
}
