import type { NotificationChannel } from "../services/notification/channel";
import { notificationJobs } from "./notifications";
import { overdueScan, overdueScanKind } from "./overdueScan";
import type { JobRegistry } from "./types";

export type ServerJobOptions = {
  /** The ways out beyond the message centre this deployment has configured (SMS, WeChat); none means in-app only. */
  channels?: readonly NotificationChannel[];
};

/** Every kind of job the server runs. */
export function createServerJobs(options: ServerJobOptions = {}): JobRegistry {
  return {
    [overdueScanKind]: overdueScan,
    ...notificationJobs(options.channels ?? []),
  };
}

/** The jobs of a deployment with no channel configured. */
export const serverJobs: JobRegistry = createServerJobs();
