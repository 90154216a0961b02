import { messageDelivery, type DbHandle } from "@cppcc/db";
import { addDays, dailyLimitMessage, deliveryLimits, endOfShanghaiDay, shanghaiDate } from "@cppcc/domain";
import { and, count, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { Clock } from "../../context";
import type { Job } from "../../jobs/types";
import { drawCredential } from "../account/credentialText";
import type { SmsGateway, SmsTemplate } from "../sms/gateway";

export type DeliveryGateways = { sms: SmsGateway | null };

type Delivery = typeof messageDelivery.$inferSelect;

const shanghaiDayStart = (now: Date) => endOfShanghaiDay(addDays(shanghaiDate(now), -1));

/**
 * Sends one recorded message, never twice. Three steps, each committed on its own:
 * 1. under the row's lock: done already → nothing; an earlier attempt whose outcome is unknown
 *    (`sending`) → ask the provider whether it holds a message with this key (OutId) and, if so,
 *    mark it sent without sending; over the day's limit → refused; else mark `sending`, attempts + 1;
 * 2. call the provider, carrying the key;
 * 3. write its answer. A refusal is final; a failure throws, so the worker retries with its backoff.
 * A worker that dies between 2 and 3 leaves `sending`, which step 1 of the next run reconciles.
 */
export async function deliverMessage(handle: DbHandle, gateways: DeliveryGateways, job: Job, clock: Clock): Promise<void> {
  const key = String(job.payload.key);
  const where = and(eq(messageDelivery.councilId, job.councilId), eq(messageDelivery.key, key));
  const gateway = gateways.sms;

  // A credential's password is drawn in step 1 and carried to step 2 in memory only (drawCredential).
  let secret: Record<string, string> = {};
  const toSend = await handle.db.transaction(async (tx): Promise<Delivery | null> => {
    const [d] = await tx.select().from(messageDelivery).where(where).for("update");
    if (!d || d.status === "sent" || d.status === "refused") return null;
    if (!gateway) throw new Error("短信服务未配置，消息无法发送");
    const now = clock.now();
    if (d.status === "sending" && d.attemptedAt && (await gateway.accepted(d.recipient, d.attemptedAt, key))) {
      await tx.update(messageDelivery).set({ status: "sent", sentAt: now, lastError: null }).where(where);
      return null;
    }
    // The day's count for this phone, under a lock on the phone so two workers cannot both take the last slot.
    await tx.execute(sql`select pg_advisory_xact_lock(5, hashtext(${d.recipient}))`);
    const [today] = await tx
      .select({ n: count() })
      .from(messageDelivery)
      .where(
        and(
          eq(messageDelivery.channel, d.channel),
          eq(messageDelivery.recipient, d.recipient),
          gte(messageDelivery.attemptedAt, shanghaiDayStart(now)),
          inArray(messageDelivery.status, ["sending", "sent"]),
          ne(messageDelivery.id, d.id),
        ),
      );
    if ((today?.n ?? 0) >= deliveryLimits[d.channel].perRecipientPerDay) {
      await tx.update(messageDelivery).set({ status: "refused", lastError: dailyLimitMessage(d.channel) }).where(where);
      return null;
    }
    if (d.template === "credential") {
      const drawn = await drawCredential(tx, d, now);
      if ("refused" in drawn) {
        await tx.update(messageDelivery).set({ status: "refused", lastError: drawn.refused }).where(where);
        return null;
      }
      secret = { password: drawn.password };
    }
    const [marked] = await tx
      .update(messageDelivery)
      .set({ status: "sending", attempts: d.attempts + 1, attemptedAt: now })
      .where(where)
      .returning();
    return marked ?? null;
  });
  if (!toSend || !gateway) return;

  const result = await gateway.send({ phone: toSend.recipient, template: toSend.template as SmsTemplate, params: { ...toSend.params, ...secret }, outId: key });
  if (result.outcome === "sent") {
    await handle.db.update(messageDelivery).set({ status: "sent", providerMessageId: result.bizId, sentAt: clock.now(), lastError: null }).where(where);
    return;
  }
  if (result.outcome === "refused") {
    await handle.db.update(messageDelivery).set({ status: "refused", lastError: `${result.code} ${result.message}`.slice(0, 1000) }).where(where);
    return;
  }
  // failed: the provider said no for now; unknown: it may have accepted, so the row stays `sending` for step 1 to ask.
  const lastError = (result.outcome === "failed" ? `${result.code} ${result.message}` : `未收到应答：${result.message}`).slice(0, 1000);
  await handle.db.update(messageDelivery).set({ status: result.outcome === "failed" ? "failed" : "sending", lastError }).where(where);
  throw new Error(`短信未发出（${lastError}），稍后重试`);
}
