import type { DbHandle } from "@cppcc/db";
import { singleCouncil, type Actor, type CouncilScope } from "@cppcc/domain";
import type { Clock, RequestInfo } from "./context";

/** A signed-in person: the policy's actor and the account that acts. */
export type PersonActor = Actor & { kind: "person"; accountId: string };

/** The platform itself, for work nobody asked for at that moment (a job: overdue marking, reminders). */
export type SystemActor = { kind: "system" };

export type ServiceActor = PersonActor | SystemActor;

/**
 * What a service needs and nothing of HTTP: the database, the time, who acts and in which
 * councils. A request, a job and a test build the same thing, so they call the same services.
 */
export type ServiceContext = {
  db: DbHandle;
  clock: Clock;
  actor: ServiceActor;
  scope: CouncilScope;
  /** The client's address and browser for the audit row; null when no request caused the change. */
  request: RequestInfo | null;
};

/** A job's context: the system acting for one council, on the job's own clock. */
export function systemContext(db: DbHandle, councilId: string, clock: Clock): ServiceContext {
  return { db, clock, actor: { kind: "system" }, scope: singleCouncil(councilId), request: null };
}

/** The account to record as the author of a change; null when the system made it. */
export function actingAccountId(ctx: Pick<ServiceContext, "actor">): string | null {
  return ctx.actor.kind === "person" ? ctx.actor.accountId : null;
}
