export { drainDueJobs, runDueJobs, type RunOptions, type RunReport } from "./runDue";
export { createScheduler, scheduleDailyJobs } from "./scheduler";
export { overdueScan, overdueScanKey, overdueScanKind } from "./overdueScan";
export { createServerJobs, serverJobs, type ServerJobOptions } from "./registry";
export { notificationJobs } from "./notifications";
export type { Job, JobHandler, JobRegistry } from "./types";
export { drainLeasedJobs, runLeasedJobs, type LeasedJobHandler, type LeasedJobRegistry } from "./runLeased";
export { deliveryJobs } from "./deliveryJobs";
