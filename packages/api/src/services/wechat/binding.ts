import { randomBytes, timingSafeEqual } from "node:crypto";
import { account } from "@cppcc/db";
import { RuleViolation } from "@cppcc/domain";
import { and, eq, ne } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";

/** The OAuth state lives in this cookie (httpOnly, 10 minutes), tied to the login that started the binding. */
export const wechatStateCookie = "cppcc_wechat_state";
/** Where WeChat sends the browser back: the portal's page that finishes the binding. */
export const wechatReturnPath = "/portal/me/wechat";

const notConfigured = "本系统未配置微信公众号，无法绑定微信";

function gatewayOf(ctx: SignedInContext) {
  if (!ctx.wechat) throw new RuleViolation(notConfigured);
  return ctx.wechat;
}

export async function wechatStatus({ ctx }: { ctx: SignedInContext }) {
  if (!ctx.wechat) return { offered: false as const, bound: false, boundAt: null };
  const [row] = await ctx.db.db
    .select({ openid: account.wechatOpenid, boundAt: account.wechatBoundAt })
    .from(account)
    .where(and(eq(account.councilId, ctx.scope.councilId), eq(account.id, ctx.actor.accountId)));
  return { offered: true as const, bound: Boolean(row?.openid), boundAt: row?.openid ? row.boundAt : null };
}

/**
 * Where to send the browser to let WeChat name the person (snsapi_base). The return address is the portal's
 * own page on the host the person is using; WeChat itself refuses a host outside the 公众号's 授权回调域名.
 * The state is random, kept in an httpOnly cookie with the account it belongs to, so a code carried to someone
 * else's browser (login CSRF: binding the victim's login to the attacker's WeChat) is refused on return.
 */
export function startWechatBinding({ ctx, input }: { ctx: SignedInContext; input: { origin: string } }) {
  const gateway = gatewayOf(ctx);
  const origin = new URL(input.origin);
  if (origin.protocol !== "https:" && origin.protocol !== "http:") throw new RuleViolation("返回地址无效");
  const state = randomBytes(18).toString("base64url");
  ctx.cookies.set(wechatStateCookie, `${ctx.actor.accountId}.${state}`, { maxAgeSeconds: 600 });
  return { url: gateway.authorizeUrl(`${origin.origin}${wechatReturnPath}`, state) };
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** WeChat sent the browser back with a code: check the state, exchange the code for the openid, store it. */
export async function finishWechatBinding({ ctx, input }: { ctx: SignedInContext; input: { code: string; state: string } }) {
  const gateway = gatewayOf(ctx);
  const expected = ctx.cookies.get(wechatStateCookie);
  ctx.cookies.clear(wechatStateCookie);
  if (!expected || !same(expected, `${ctx.actor.accountId}.${input.state}`)) {
    throw new RuleViolation("绑定请求已过期或不是从本页发起的，请重新点击「绑定微信」");
  }
  const answer = await gateway.openidForCode(input.code);
  if ("problem" in answer) throw new RuleViolation(answer.problem);
  const now = ctx.clock.now();
  await ctx.db.db.transaction(async (tx) => {
    // One WeChat speaks for one login: bound elsewhere before (a shared phone, a new login), it moves here.
    const moved = await tx
      .update(account)
      .set({ wechatOpenid: null, wechatBoundAt: null, updatedAt: now })
      .where(and(eq(account.councilId, ctx.scope.councilId), eq(account.wechatOpenid, answer.openid), ne(account.id, ctx.actor.accountId)))
      .returning({ id: account.id });
    await tx
      .update(account)
      .set({ wechatOpenid: answer.openid, wechatBoundAt: now, updatedAt: now })
      .where(and(eq(account.councilId, ctx.scope.councilId), eq(account.id, ctx.actor.accountId)));
    await recordEvent(tx, eventActor(ctx), {
      action: "account.wechatBind",
      entity: "account",
      entityId: ctx.actor.accountId,
      after: { wechatBound: true, movedFrom: moved.map((m) => m.id) },
      occurredAt: now,
    });
  });
  return { bound: true, boundAt: now };
}

export async function unbindWechat({ ctx }: { ctx: SignedInContext }) {
  const now = ctx.clock.now();
  await ctx.db.db.transaction(async (tx) => {
    await tx
      .update(account)
      .set({ wechatOpenid: null, wechatBoundAt: null, updatedAt: now })
      .where(and(eq(account.councilId, ctx.scope.councilId), eq(account.id, ctx.actor.accountId)));
    await recordEvent(tx, eventActor(ctx), { action: "account.wechatUnbind", entity: "account", entityId: ctx.actor.accountId, after: { wechatBound: false }, occurredAt: now });
  });
  return { bound: false };
}
