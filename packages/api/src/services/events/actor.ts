import type { Session } from "../../context";
import type { ServiceContext } from "../../serviceContext";

/** Who acted, as every record of an event names them. */
export type EventActor = {
  councilId: string;
  /** Null when the system acted (a job) or a resident without an account. */
  accountId: string | null;
  ip: string | null;
  /** The role and name timelines show beside the step; null for a resident. */
  role: string | null;
  name: string | null;
};

/** Whoever acts through a service context: the signed-in person (with their address), or the system for a job. */
export function eventActor(ctx: ServiceContext & { session?: Session | null }): EventActor {
  if (ctx.actor.kind === "system") return systemActor(ctx.scope.councilId);
  if (ctx.session) return sessionActor(ctx.session, ctx.request?.ip ?? "");
  return { councilId: ctx.scope.councilId, accountId: ctx.actor.accountId, ip: ctx.request?.ip ?? null, role: ctx.actor.role, name: null };
}

/** The person of a session, where the context has none yet (logging in) or has it still (logging out). */
export function sessionActor(session: Session, ip: string): EventActor {
  return { councilId: session.council.id, accountId: session.account.id, ip, role: session.account.role, name: session.account.displayName };
}

/** A resident without an account (a public page): only the address they came from. */
export function residentActor(councilId: string, ip: string): EventActor {
  return { councilId, accountId: null, ip, role: null, name: null };
}

/** Work the system does on its own (a reminder, overdue marking): no account, no address. */
export function systemActor(councilId: string): EventActor {
  return { councilId, accountId: null, ip: null, role: "system", name: "系统" };
}
