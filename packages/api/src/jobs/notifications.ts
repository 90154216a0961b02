import { shanghaiDate } from "@cppcc/domain";
import { z } from "zod";
import type { NotificationChannel } from "../services/notification/channel";
import { deliverNotice, deliverJobKind } from "../services/notification/deliver";
import { buildDigests, digestJobKind } from "../services/notification/digest";
import { fanOut } from "../services/notification/fanOut";
import { fanOutJobKind, type FanOutPayload } from "../services/notification/notify";
import type { JobRegistry } from "./types";

const digestPayload = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/**
 * The notification jobs: writing an event's notifications, building a day's digests, and handing
 * a notice to the channels. With no channel configured the in-app rows are all there is: nothing
 * is queued for delivery and no digest claims to have been sent.
 */
export function notificationJobs(channels: readonly NotificationChannel[]): JobRegistry {
  const some = channels.length > 0;
  return {
    [fanOutJobKind]: async (ctx, job) => {
      await fanOut(ctx.db.db, job.councilId, job.payload as FanOutPayload, { now: ctx.clock.now(), channels: some });
    },
    [digestJobKind]: async (ctx, job) => {
      const { day } = digestPayload.parse(job.payload);
      // A day's digest is built once the day is over; run early (a clock set back) it waits for the next poll.
      if (day >= shanghaiDate(ctx.clock.now())) throw new Error(`the digest of ${day} is built after that day`);
      await buildDigests(ctx.db.db, job.councilId, day, { now: ctx.clock.now(), channels: some });
    },
    [deliverJobKind]: (ctx, job) => deliverNotice(ctx, job.councilId, job.payload, channels),
  };
}
