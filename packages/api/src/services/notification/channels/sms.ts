import { smsNoticeParams } from "@cppcc/domain";
import { queueMessage } from "../../delivery/queue";
import type { NotificationChannel } from "../channel";
import { smsRecipient } from "./recipient";

/**
 * Texts a notice to the member's phone on the roster: it records the message (keyed by the notice, so
 * a retried dispatch queues nothing new) and the job that sends it, which applies the daily limit and
 * never sends twice (`services/delivery/deliver.ts`). Staff logins have no phone on file yet and are not reached.
 */
export function smsChannel(options: { publicUrl: string | null }): NotificationChannel {
  return {
    name: "sms",
    reaches: async (ctx, accountId) => (await smsRecipient(ctx.db.db, ctx.scope.councilId, accountId)) !== null,
    send: async (ctx, notice) => {
      const to = await smsRecipient(ctx.db.db, notice.councilId, notice.accountId);
      if (!to) return;
      await queueMessage(
        ctx.db.db,
        {
          councilId: notice.councilId,
          key: `sms:${notice.key}`,
          channel: "sms",
          recipient: to.phone,
          accountId: notice.accountId,
          template: notice.kind === "digest" ? "digest" : "notice",
          params: smsNoticeParams(notice, to.councilName, options.publicUrl),
        },
        ctx.clock.now(),
      );
    },
  };
}
