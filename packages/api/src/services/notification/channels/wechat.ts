import { account, council, type DbOrTx } from "@cppcc/db";
import { wechatNoticeParams } from "@cppcc/domain";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { queueMessage } from "../../delivery/queue";
import type { NotificationChannel } from "../channel";

/** The openid a WeChat message reaches for this login, with the council's name; null when none is bound. */
async function wechatRecipient(db: DbOrTx, councilId: string, accountId: string) {
  const [row] = await db
    .select({ openid: account.wechatOpenid, councilName: council.name })
    .from(account)
    .innerJoin(council, eq(council.id, account.councilId))
    .where(and(eq(account.councilId, councilId), eq(account.id, accountId), isNull(account.disabledAt), isNotNull(account.wechatOpenid)))
    .limit(1);
  return row?.openid ? { openid: row.openid, councilName: row.councilName } : null;
}

/**
 * A template message to the 公众号 follower bound to the login (绑定微信 in the portal): recorded with its
 * delivery job under the notice's key, like a text, so a repeat queues nothing and the job sends at most once.
 */
export function wechatChannel(options: { publicUrl: string | null }): NotificationChannel {
  return {
    name: "wechat",
    reaches: async (ctx, accountId) => (await wechatRecipient(ctx.db.db, ctx.scope.councilId, accountId)) !== null,
    send: async (ctx, notice) => {
      const to = await wechatRecipient(ctx.db.db, notice.councilId, notice.accountId);
      if (!to) return;
      const now = ctx.clock.now();
      await queueMessage(
        ctx.db.db,
        {
          councilId: notice.councilId,
          key: `wechat:${notice.key}`,
          channel: "wechat",
          recipient: to.openid,
          accountId: notice.accountId,
          template: notice.kind === "digest" ? "digest" : "notice",
          params: wechatNoticeParams(notice, to.councilName, options.publicUrl, now),
        },
        now,
      );
    },
  };
}
