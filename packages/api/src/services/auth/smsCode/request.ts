import { randomUUID } from "node:crypto";
import { messageDelivery, smsLoginCode } from "@cppcc/db";
import { RuleViolation, smsCodeRequestedMessage, smsCodeTtlMinutes, type RequestSmsCodeInput } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { Context } from "../../../context";
import { recordEvent } from "../../events/record";
import { smsNotConfiguredMessage } from "./messages";
import { newSmsCode, smsCodeDigest } from "./codeDigest";
import { memberAccountByPhone } from "./memberAccountByPhone";
import { takeSmsCodeSlot } from "./throttle";

/**
 * Texts a login code to a member's phone. Every request is counted and answered alike whether the
 * phone is on file or not; only a known phone gets a code row and a text. The code row and the
 * delivery (status `sending`) commit before the provider is called, so what was attempted is on record
 * whatever happens next; the provider's answer is written after.
 */
export async function requestSmsCode({ ctx, input }: { ctx: Context; input: RequestSmsCodeInput }): Promise<{ message: string }> {
  const sms = ctx.sms;
  if (!sms) throw new RuleViolation(smsNotConfiguredMessage);
  const now = ctx.clock.now();
  const ip = ctx.request.ip;

  const prepared = await ctx.db.db.transaction(async (tx) => {
    await takeSmsCodeSlot(tx, input.phone, ip, now);
    const target = await memberAccountByPhone(tx, input.phone);
    if (!target) return null;
    const id = randomUUID();
    const code = newSmsCode();
    const councilId = target.council.id;
    const key = `login-code:${id}`;
    await tx.insert(smsLoginCode).values({
      id,
      councilId,
      accountId: target.account.id,
      phone: input.phone,
      codeHash: smsCodeDigest(id, code),
      expiresAt: new Date(now.getTime() + smsCodeTtlMinutes * 60_000),
      createdAt: now,
    });
    // The code itself never reaches the database in clear, not even in the delivery's record.
    await tx.insert(messageDelivery).values({
      councilId,
      key,
      channel: "sms",
      recipient: input.phone,
      accountId: target.account.id,
      template: "loginCode",
      params: { code: "******" },
      status: "sending",
      attempts: 1,
      attemptedAt: now,
      createdAt: now,
    });
    await recordEvent(
      tx,
      { councilId, accountId: target.account.id, ip, role: target.account.role, name: target.account.displayName },
      { action: "auth.smsCodeSent", entity: "account", entityId: target.account.id, occurredAt: now },
    );
    return { councilId, key, code };
  });

  if (prepared) {
    const result = await sms.send({ phone: input.phone, template: "loginCode", params: { code: prepared.code }, outId: prepared.key });
    const where = and(eq(messageDelivery.councilId, prepared.councilId), eq(messageDelivery.key, prepared.key));
    if (result.outcome === "sent") {
      await ctx.db.db.update(messageDelivery).set({ status: "sent", providerMessageId: result.bizId, sentAt: ctx.clock.now() }).where(where);
    } else {
      const error = result.outcome === "unknown" ? result.message : `${result.code} ${result.message}`;
      // An unknown outcome stays `sending`: the text may yet arrive, and the code is valid if it does.
      await ctx.db.db
        .update(messageDelivery)
        .set({ status: result.outcome === "unknown" ? "sending" : result.outcome, lastError: error.slice(0, 1000) })
        .where(where);
      if (result.outcome !== "unknown") throw new RuleViolation("验证码短信未能发出，请稍后再试或使用账号密码登录");
    }
  }
  return { message: smsCodeRequestedMessage };
}
