import { messageDelivery, type DbOrTx } from "@cppcc/db";
import type { DeliveryChannel } from "@cppcc/domain";
import { enqueue } from "../outbox/enqueue";

export const messageDeliveryKind = "message-delivery";

export type QueuedMessage = {
  councilId: string;
  /** Unique per message within the council: queueing it again adds nothing. */
  key: string;
  channel: DeliveryChannel;
  recipient: string;
  accountId: string | null;
  /** The provider's template by our name ("notice", "digest", "topicDecided"; the gateway maps it to the configured one). */
  template: string;
  params: Record<string, string>;
};

/**
 * Records a message to send and the job that sends it, in the caller's transaction: both exist
 * exactly when the change that asked for them does, and a second call with the same key adds nothing.
 */
export async function queueMessage(tx: DbOrTx, message: QueuedMessage, now: Date): Promise<void> {
  await tx
    .insert(messageDelivery)
    .values({ ...message, status: "pending", createdAt: now })
    .onConflictDoNothing({ target: [messageDelivery.key, messageDelivery.councilId] });
  await enqueue(tx, [
    { councilId: message.councilId, kind: messageDeliveryKind, key: `${messageDeliveryKind}:${message.key}`, payload: { key: message.key }, runAt: now },
  ]);
}
