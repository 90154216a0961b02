import { account, handlingUnit, hashPassword, insertAccounts, member, session, township } from "@cppcc/db";
import { Conflict, NotFound, RuleViolation, type AccountCreateInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { lockCouncilWork } from "../councilLock";
import { isUniqueViolation } from "../dbErrors";

/** Staff create a login; what it acts for must be in the same council, and a member gets one login at most. */
export async function createAccount({ ctx, input }: { ctx: SignedInContext; input: AccountCreateInput }) {
  const councilId = ctx.session.council.id;
  const passwordHash = await hashPassword(input.password);
  return ctx.db.db
    .transaction(async (tx) => {
      let displayName = input.displayName;
      if (input.role === "member") {
        // The same turn as a bulk opening, so the check below sees what one just opened.
        await lockCouncilWork(tx, "account.openMemberLogins", councilId);
        const [m] = await tx.select().from(member).where(and(eq(member.id, input.memberId!), eq(member.councilId, councilId)));
        if (!m) throw new NotFound("找不到该委员");
        if (m.status !== "active") throw new RuleViolation("该委员已退出，不能再开通账号");
        const [existing] = await tx.select({ username: account.username }).from(account).where(eq(account.memberId, m.id));
        if (existing) throw new Conflict(`该委员已有账号 ${existing.username}，可重置其密码`);
        displayName ??= m.name;
      }
      if (input.role === "liaison") {
        const [t] = await tx.select().from(township).where(and(eq(township.id, input.townshipId!), eq(township.councilId, councilId)));
        if (!t) throw new NotFound("找不到该镇街道");
      }
      if (input.role === "handler") {
        const [u] = await tx
          .select()
          .from(handlingUnit)
          .where(and(eq(handlingUnit.id, input.handlingUnitId!), eq(handlingUnit.councilId, councilId)));
        if (!u) throw new NotFound("找不到该承办单位");
      }
      const [row] = await insertAccounts(tx, [
        {
          councilId,
          username: input.username,
          displayName: displayName!,
          role: input.role,
          passwordHash,
          memberId: input.role === "member" ? input.memberId : null,
          townshipId: input.role === "liaison" ? input.townshipId : null,
          handlingUnitId: input.role === "handler" ? input.handlingUnitId : null,
          mustChangePassword: true,
        },
      ]);
      await recordEvent(tx, eventActor(ctx), {
        action: "account.create",
        entity: "account",
        entityId: row!.id,
        after: { username: input.username, role: input.role, memberId: input.memberId ?? null },
        occurredAt: ctx.clock.now(),
      });
      return row!;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, "account_username_pkey")) throw new Conflict(`用户名 ${input.username} 已被使用，请换一个`);
      if (isUniqueViolation(error, "account_member_uq")) throw new Conflict("该委员刚刚已开通账号，请刷新后查看，需要时可重置其密码");
      throw error;
    });
}

async function ownAccount(ctx: SignedInContext, id: string) {
  const [row] = await ctx.db.db
    .select()
    .from(account)
    .where(and(eq(account.id, id), eq(account.councilId, ctx.session.council.id)));
  if (!row) throw new NotFound("找不到该账号");
  return row;
}

/**
 * A new password ends every session of the account: whoever knew the old one is signed out. The
 * office knows the new one, so its owner must replace it at the next login.
 */
export async function resetPassword({ ctx, input }: { ctx: SignedInContext; input: { id: string; password: string } }) {
  const target = await ownAccount(ctx, input.id);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.db.transaction(async (tx) => {
    await tx.update(account).set({ passwordHash, mustChangePassword: true, passwordChangedAt: ctx.clock.now(), updatedAt: ctx.clock.now() }).where(eq(account.id, target.id));
    await tx.delete(session).where(eq(session.accountId, target.id));
    await recordEvent(tx, { ...eventActor(ctx), councilId: target.councilId }, {
      action: "account.resetPassword",
      entity: "account",
      entityId: target.id,
      occurredAt: ctx.clock.now(),
    });
  });
  return { ok: true as const };
}

export async function setAccountDisabled({ ctx, input }: { ctx: SignedInContext; input: { id: string; disabled: boolean } }) {
  const target = await ownAccount(ctx, input.id);
  if (target.id === ctx.session.account.id && input.disabled) throw new RuleViolation("不能停用自己正在使用的账号");
  await ctx.db.db.transaction(async (tx) => {
    await tx
      .update(account)
      .set({ disabledAt: input.disabled ? (target.disabledAt ?? ctx.clock.now()) : null, updatedAt: ctx.clock.now() })
      .where(eq(account.id, target.id));
    if (input.disabled) await tx.delete(session).where(eq(session.accountId, target.id));
    await recordEvent(tx, { ...eventActor(ctx), councilId: target.councilId }, {
      action: input.disabled ? "account.disable" : "account.enable",
      entity: "account",
      entityId: target.id,
      before: { disabled: target.disabledAt !== null },
      after: { disabled: input.disabled },
      occurredAt: ctx.clock.now(),
    });
  });
  return { ok: true as const };
}
