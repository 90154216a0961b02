import { account, hashPassword, insertAccounts, member, type DbOrTx } from "@cppcc/db";
import {
  credentialSmsNotOfferedMessage,
  initialPassword,
  maxBulkAccounts,
  memberUsername,
  planMemberLogins,
  RuleViolation,
  type AccountBulkOpenInput,
  type AccountDelivery,
  type LoginSkip,
} from "@cppcc/domain";
import { randomFillSync } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { ServiceContext } from "../../serviceContext";
import { passwordRules } from "../auth/passwordRules";
import { lockCouncilWork } from "../councilLock";
import { queueMessage } from "../delivery/queue";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { loginCandidates, takenUsernames } from "./loginCandidates";

export type OpenedLogin = {
  accountId: string;
  memberId: string;
  name: string;
  username: string;
  /**
   * Only in the answer to the request that opened it with delivery "print"; never stored, never answered
   * again. With "sms" it is null: the delivery job draws the password when it sends the text.
   */
  password: string | null;
};

export type BulkOpenResult = {
  /** True when this requestId had already opened its batch: the same logins, without their passwords. */
  replayed: boolean;
  delivery: AccountDelivery;
  opened: OpenedLogin[];
  skipped: LoginSkip[];
};

const random = (count: number) => randomFillSync(new Uint32Array(count));

/** The delivery's key for one login's credential text: unique, so the text is queued and sent once. */
export const credentialDeliveryKey = (accountId: string) => `sms:credential:${accountId}`;

/**
 * 批量开通委员账号: a login for each member the target names who has none, under the member's phone,
 * with a random initial password that the member must change at first login. Printed: the passwords are
 * answered once for the slips. Texted ("sms", only where `credentialSms` is offered): each login gets a
 * message_delivery row and its job in this transaction; the job draws a fresh password when it sends
 * (deliverCredential), so no password waits anywhere in clear, and the one first drawn here is discarded. The passwords are
 * hashed before the transaction (argon2 takes a while per password) and the batch is written in one
 * transaction under the council's lock on this work, so two office workers at once take turns and the
 * second opens only whom the first did not; a retried request (same requestId) finds its batch.
 */
export async function openMemberLogins({
  ctx,
  input,
  credentialSms,
}: {
  ctx: ServiceContext;
  input: AccountBulkOpenInput;
  /** Whether SMS and its credential template are configured on this server. */
  credentialSms: boolean;
}): Promise<BulkOpenResult> {
  if (input.delivery === "sms" && !credentialSms) throw new RuleViolation(credentialSmsNotOfferedMessage);
  const councilId = ctx.scope.councilId;
  const { db } = ctx.db;
  const earlier = await openedBy(db, councilId, input.requestId);
  if (earlier.length > 0) return { replayed: true, delivery: input.delivery, opened: earlier, skipped: [] };

  const candidates = await loginCandidates(db, councilId, input.target);
  const plan = planMemberLogins(candidates, await takenUsernames(db, candidates.map(memberUsername)));
  if (plan.open.length > maxBulkAccounts) {
    throw new RuleViolation(`符合条件的委员有 ${plan.open.length} 位，一次最多开通 ${maxBulkAccounts} 个账号，请按界别或委员小组分批开通`);
  }
  const rules = await passwordRules(db, councilId);
  const prepared = await Promise.all(
    plan.open.map(async (m) => {
      const password = initialPassword(rules, m.username, random);
      return { ...m, password, passwordHash: await hashPassword(password) };
    }),
  );

  return db.transaction(async (tx) => {
    await lockCouncilWork(tx, "account.openMemberLogins", councilId);
    const replay = await openedBy(tx, councilId, input.requestId);
    if (replay.length > 0) return { replayed: true, delivery: input.delivery, opened: replay, skipped: [] };
    // Read again under the lock: whoever another office worker opened meanwhile is not opened twice.
    const stillWithout = new Set((await loginCandidates(tx, councilId, input.target)).map((c) => c.id));
    const taken = await takenUsernames(tx, prepared.map((p) => p.username));
    const now = ctx.clock.now();
    const fresh = prepared.filter((p) => stillWithout.has(p.id));
    // A phone that became another login's username meanwhile is skipped as it would have been at first.
    const skipped = [...plan.skipped, ...planMemberLogins(fresh, taken).skipped];
    const rows = fresh.filter((p) => !taken.has(p.username));
    const inserted = await insertAccounts(
      tx,
      rows.map((r) => ({
        councilId,
        username: r.username,
        displayName: r.name,
        role: "member" as const,
        passwordHash: r.passwordHash,
        memberId: r.id,
        mustChangePassword: true,
        passwordChangedAt: now,
        openRequestId: input.requestId,
      })),
    );
    const by = eventActor(ctx);
    const opened: OpenedLogin[] = [];
    for (const [i, row] of inserted.entries()) {
      const r = rows[i]!;
      await recordEvent(tx, by, {
        action: "account.open",
        entity: "account",
        entityId: row.id,
        // Never the password: the audit log is read by more people than the member.
        after: { username: r.username, role: "member", memberId: r.id, delivery: input.delivery, requestId: input.requestId },
        occurredAt: now,
      });
      if (input.delivery === "sms") {
        // The member's phone is the username; the text names them and their username, the job adds the password.
        await queueMessage(
          tx,
          {
            councilId,
            key: credentialDeliveryKey(row.id),
            channel: "sms",
            recipient: r.phone,
            accountId: row.id,
            template: "credential",
            params: { name: r.name, username: r.username },
          },
          now,
        );
      }
      opened.push({ accountId: row.id, memberId: r.id, name: r.name, username: r.username, password: input.delivery === "print" ? r.password : null });
    }
    return { replayed: false, delivery: input.delivery, opened, skipped };
  });
}

/** The logins a request opened, if it did (a retry after the answer was lost). */
async function openedBy(db: DbOrTx, councilId: string, requestId: string): Promise<OpenedLogin[]> {
  const rows = await db
    .select({ accountId: account.id, memberId: member.id, name: member.name, username: account.username })
    .from(account)
    .innerJoin(member, and(eq(member.id, account.memberId), eq(member.councilId, account.councilId)))
    .where(and(eq(account.councilId, councilId), eq(account.openRequestId, requestId)))
    .orderBy(asc(member.namePinyin), asc(member.id));
  return rows.map((r) => ({ ...r, password: null }));
}
