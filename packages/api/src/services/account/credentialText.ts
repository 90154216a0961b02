import { account, hashPassword, type DbOrTx } from "@cppcc/db";
import { initialPassword } from "@cppcc/domain";
import { randomFillSync } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { passwordRules } from "../auth/passwordRules";
import { recordEvent } from "../events/record";
import { systemActor } from "../events/actor";

const random = (count: number) => randomFillSync(new Uint32Array(count));

export const credentialNoLongerNeeded = "该账号已停用或委员已修改初始密码，不再发送初始密码";

/**
 * The initial password of a texted credential, drawn when the text is about to go (in the delivery's
 * locked step) and set on the account in that transaction, so it lives only in the sending worker's
 * memory and in the member's phone. An attempt whose text did not arrive is superseded by the next
 * one's password. Refused when the account no longer waits for one (disabled, or the password changed).
 */
export async function drawCredential(
  tx: DbOrTx,
  delivery: { councilId: string; accountId: string | null },
  now: Date,
): Promise<{ password: string } | { refused: string }> {
  if (!delivery.accountId) return { refused: credentialNoLongerNeeded };
  const where = and(eq(account.councilId, delivery.councilId), eq(account.id, delivery.accountId));
  const [a] = await tx
    .select({ id: account.id, username: account.username, mustChangePassword: account.mustChangePassword, disabledAt: account.disabledAt })
    .from(account)
    .where(where)
    .for("update");
  if (!a || a.disabledAt || !a.mustChangePassword) return { refused: credentialNoLongerNeeded };
  const password = initialPassword(await passwordRules(tx, delivery.councilId), a.username, random);
  await tx.update(account).set({ passwordHash: await hashPassword(password), passwordChangedAt: now }).where(where);
  await recordEvent(tx, systemActor(delivery.councilId), {
    action: "account.credentialTexted",
    entity: "account",
    entityId: a.id,
    // Never the password, as for the printed slips.
    after: { username: a.username, delivery: "sms" },
    occurredAt: now,
  });
  return { password };
}
