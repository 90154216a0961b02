import { messageDelivery, type DbHandle } from "@cppcc/db";
import { addDays, dailyLimitMessage, deliveryLimits, endOfShanghaiDay, shanghaiDate } from "@cppcc/domain";
import { and, count, eq, gte, inArray, ne, sql } from "drizzle-orm";
import type { Clock } from "../../context";
import type { Job } from "../../jobs/types";
import { drawCredential } from "../account/credentialText";
import { providerFor, type Delivery, type DeliveryGateways } from "./providers";

export type { DeliveryGateways } from "./providers";

const shanghaiDayStart = (now: Date) => endOfShanghaiDay(addDays(shanghaiDate(now), -1));

/**
 * Sends one recorded message, never twice. Three steps, each committed on its own:
 * 1. under the row's lock: done already → nothing; an earlier attempt whose outcome is unknown
 *    (`sending`) → ask the provider whether it holds a message with this key (OutId) and, if so,
 *    mark it sent without sending; a provider that cannot say (WeChat) → refused, since sending again
 *    could deliver twice; over the day's limit → refused; else mark `sending`, attempts + 1;
 * 2. call the provider, carrying the key;
 * 3. write its answer. A refusal is final; a failure throws, so the worker retries with its backoff.
 * A worker that dies between 2 and 3 leaves `sending`, which step 1 of the next run reconciles.
 */
export async function deliverMessage(handle: DbHandle, gateways: DeliveryGateways, job: Job, clock: Clock): Promise<void> {
  const key = String(job.payload.key);
  const where = and(eq(messageDelivery.councilId, job.councilId), eq(messageDelivery.key, key));

  // A credential's password is drawn in step 1 and carried to step 2 in memory only (drawCredential).
  let secret: Record<string, string> = {};
  const toSend = await handle.db.transaction(async (tx): Promise<Delivery | null> => {
    const [d] = await tx.select().from(messageDelivery).where(where).for("update");
    if (!d || d.status === "sent" || d.status === "refused") return null;
    const provider = providerFor(gateways, d.channel);
    if (!provider) throw new Error(`${d.channel === "sms" ? "短信" : "微信"}服务未配置，消息无法发送`);
    const now = clock.now();
    if (d.status === "sending" && d.attemptedAt) {
      const accepted = await provider.accepted(d);
      if (accepted) {
        await tx.update(messageDelivery).set({ status: "sent", sentAt: now, lastError: null }).where(where);
        return null;
      }
      if (accepted === null) {
        const lastError = `上次发送未收到${provider.label}应答，可能已送达；为免重复不再重发（${d.lastError ?? ""}）`.slice(0, 1000);
        await tx.update(messageDelivery).set({ status: "refused", lastError }).where(where);
        return null;
      }
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
  const provider = toSend && providerFor(gateways, toSend.channel);
  if (!toSend || !provider) return;

  // The drawn password joins the params here only, so it never reaches the delivery's row.
  const result = await provider.send({ ...toSend, params: { ...toSend.params, ...secret } });
  if (result.outcome === "sent") {
    await handle.db.update(messageDelivery).set({ status: "sent", providerMessageId: result.providerMessageId, sentAt: clock.now(), lastError: null }).where(where);
    return;
  }
  if (result.outcome === "refused") {
    await handle.db.update(messageDelivery).set({ status: "refused", lastError: result.reason.slice(0, 1000) }).where(where);
    return;
  }
  // failed: the provider said no for now; unknown: it may have accepted, so the row stays `sending` for step 1 to ask.
  const lastError = (result.outcome === "failed" ? result.reason : `未收到应答：${result.reason}`).slice(0, 1000);
  await handle.db.update(messageDelivery).set({ status: result.outcome === "failed" ? "failed" : "sending", lastError }).where(where);
  throw new Error(`${provider.label}未发出（${lastError}），稍后重试`);
}
