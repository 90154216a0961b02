import type { DbOrTx } from "@cppcc/db";
import type { NotificationKind, NotificationLink } from "@cppcc/domain";
import type { SQL } from "drizzle-orm";
import type { z } from "zod";

/** What one notification says: the same for every recipient of one event. */
export type NotificationText = { title: string; body: string | null; link: NotificationLink };

/**
 * One kind of notification, in its own file: its payload, whom it reaches and what it says.
 *
 * `recipients` is SQL selecting `account_id`, `subject_id` and `done` for one event, joining
 * `account a` itself (the audiences in `audiences.ts`): `done` is read from the record in the
 * same statement, so an action that committed before the notification was written (an invitation
 * already answered) gives a notification already done, never one asking for what was done.
 * Kinds that only inform (`asks: false`) are written done: nothing is left to do, only to read.
 */
export type NotificationKindDef<P> = {
  kind: NotificationKind;
  payload: z.ZodType<P>;
  asks: boolean;
  /** The table of the record the notification is about (its id is each row's `subject_id`); doing what it asks marks it done. */
  subjectEntity(payload: P): string;
  recipients(councilId: string, payload: P): SQL;
  /** Null when the record is gone (deleted before the job ran): nobody is told of it. */
  text(db: DbOrTx, councilId: string, payload: P): Promise<NotificationText | null>;
};

/** Any kind, as the registry holds them (methods, so a kind of any payload fits; the payload schema parses first). */
export type AnyKindDef = NotificationKindDef<unknown>;

/** Keeps a kind's payload type while the registry lists kinds of different payloads. */
export const defineKind = <P>(def: NotificationKindDef<P>): NotificationKindDef<P> => def;
