import type { ServiceContext } from "../serviceContext";

/** One outbox row as its handler sees it. */
export type Job = {
  councilId: string;
  id: string;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  runAt: Date;
  /** Failed runs so far. */
  attempts: number;
};

/**
 * Does one job as the system, for the job's council. `ctx.db` is the worker's transaction (a
 * savepoint of it): what the handler writes commits together with the job being marked done, or
 * not at all, so a handler that fails or a worker that dies leaves nothing half-done behind.
 */
export type JobHandler = (ctx: ServiceContext, job: Job) => Promise<void>;

/** The kinds this process knows how to run; rows of other kinds wait for a process that does. */
export type JobRegistry = Readonly<Record<string, JobHandler>>;
