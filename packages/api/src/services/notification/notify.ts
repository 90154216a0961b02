import { randomUUID } from "node:crypto";
import type { NotificationKind } from "@cppcc/domain";
import type { OutboxEntry } from "../outbox/enqueue";

export const fanOutJobKind = "notification.fanOut";

/** A fan-out job's payload: the kind, the event it reports (unique per council) and the kind's own payload. */
export type FanOutPayload = { kind: NotificationKind; event: string; data: Record<string, unknown> };

/**
 * The outbox entry that will tell the people concerned: a service passes it to `recordEvent` in
 * its transaction, so nobody hears of a change that rolled back. `event` names what happened
 * once (a retried request, a second scan, gives the same name and adds nothing); each recipient's
 * notification is keyed `<event>:<account>`.
 */
export function notify(councilId: string, kind: NotificationKind, event: string, data: Record<string, unknown>, runAt: Date, round?: string): OutboxEntry {
  const payload: FanOutPayload = { kind, event, data };
  return { councilId, kind: fanOutJobKind, key: `notify:${event}${round ? `#${round}` : ""}`, payload, runAt };
}

/**
 * Invitations to a consultation are one event per person however many rounds add people: each
 * round runs its own fan-out (`round`), and the ones invited before find their notification there.
 */
export function notifyInvited(councilId: string, consultationId: string, runAt: Date): OutboxEntry {
  return notify(councilId, "consultation.invited", `consultation.invited:${consultationId}`, { consultationId }, runAt, randomUUID());
}
