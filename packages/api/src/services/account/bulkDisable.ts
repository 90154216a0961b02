import { account, session } from "@cppcc/db";
import { NotFound, RuleViolation, type AccountBulkDisableInput } from "@cppcc/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { actingAccountId, type ServiceContext } from "../../serviceContext";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";

/**
 * 批量停用 / 启用: the chosen logins of the council, in one transaction. Disabling ends their sessions at
 * once. Accounts already in the asked state are left as they are (and not audited again), so a retried
 * request changes nothing more. One's own account cannot be disabled: the request is refused whole,
 * naming it, rather than quietly doing the rest.
 */
export async function setAccountsDisabled({ ctx, input }: { ctx: ServiceContext; input: AccountBulkDisableInput }) {
  const councilId = ctx.scope.councilId;
  const ids = [...new Set(input.ids)];
  const me = actingAccountId(ctx);
  if (input.disabled && me && ids.includes(me)) {
    throw new RuleViolation("所选账号中有您自己正在使用的账号，不能停用自己的账号；请取消选择后再停用");
  }
  return ctx.db.db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: account.id, username: account.username, displayName: account.displayName, disabledAt: account.disabledAt })
      .from(account)
      .where(and(eq(account.councilId, councilId), inArray(account.id, ids)))
      .orderBy(asc(account.id))
      .for("update");
    if (rows.length < ids.length) throw new NotFound(`所选账号中有 ${ids.length - rows.length} 个已不存在，请刷新列表后重新选择`);
    const changing = rows.filter((r) => (r.disabledAt !== null) !== input.disabled);
    const now = ctx.clock.now();
    if (changing.length > 0) {
      const changingIds = changing.map((r) => r.id);
      await tx
        .update(account)
        .set({ disabledAt: input.disabled ? now : null, updatedAt: now })
        .where(and(eq(account.councilId, councilId), inArray(account.id, changingIds)));
      if (input.disabled) await tx.delete(session).where(and(eq(session.councilId, councilId), inArray(session.accountId, changingIds)));
    }
    const by = eventActor(ctx);
    for (const r of changing) {
      await recordEvent(tx, by, {
        action: input.disabled ? "account.disable" : "account.enable",
        entity: "account",
        entityId: r.id,
        before: { disabled: !input.disabled },
        after: { disabled: input.disabled, bulk: true },
        occurredAt: now,
      });
    }
    return { changed: changing.length, unchanged: rows.length - changing.length };
  });
}
