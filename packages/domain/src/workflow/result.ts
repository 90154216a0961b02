import { Conflict, type DomainError, Forbidden, RuleViolation, type Violation } from "../errors";

/**
 * One answer for every state machine (consultation, suggestion, invitation, proposal, extension):
 * the next state with what else the step produces, or every reason it may not be taken. Services
 * decide when to throw; tests compare results without catching.
 */

/** forbidden: not this actor's step · rule: not now or not like this · conflict: someone else was first. */
export type RefusalKind = "forbidden" | "rule" | "conflict";

/** One reason, on its own: a stable code for programs, a Chinese message for people, the field it is about. */
export type Refusal = { code: string; kind: RefusalKind; message: string; field?: string };

/**
 * `changed: false` marks a harmless repeat (a second scan, a re-sent reply) that the service must
 * not record twice. `effects` is what the step produces besides the state (a proposal's duty events).
 */
export type Moved<S, X = undefined> = { ok: true; state: S; effects: X; changed: boolean };
export type Refused = { ok: false; refusals: readonly [Refusal, ...Refusal[]] };
export type WorkflowResult<S, X = undefined> = Moved<S, X> | Refused;

export function moved<S>(state: S, changed?: boolean): Moved<S>;
export function moved<S, X>(state: S, changed: boolean, effects: X): Moved<S, X>;
export function moved<S, X>(state: S, changed = true, effects?: X): Moved<S, X | undefined> {
  return { ok: true, state, effects, changed };
}

export function refusal(code: string, message: string, kind: RefusalKind = "rule", field?: string): Refusal {
  return field === undefined ? { code, kind, message } : { code, kind, message, field };
}

export function refused(first: Refusal, ...rest: Refusal[]): Refused {
  return { ok: false, refusals: [first, ...rest] };
}

/** A rule's problems as refusals: each keeps its own message and field, none is joined to another. */
export function refusalsOf(code: string, violations: readonly Violation[]): Refusal[] {
  return violations.map((v) => refusal(code, v.message, "rule", v.path));
}

/** Refused with these, or null when there are none: for a list of checks that may all pass. */
export function refusedIf(refusals: readonly Refusal[]): Refused | null {
  const [first, ...rest] = refusals;
  return first ? refused(first, ...rest) : null;
}

export const messagesOf = (result: WorkflowResult<unknown, unknown>): string[] => (result.ok ? [] : result.refusals.map((r) => r.message));

/**
 * The typed error a service throws for refusals: its kind comes from the first (the machines list
 * who-you-are before what-the-record-is), its message is the first one's, and it carries them all
 * so the API can return every one (tRPC `data.refusals`).
 */
export function refusalError(refusals: readonly Refusal[]): DomainError {
  const [first] = refusals;
  if (!first) throw new Error("refusalError needs at least one refusal");
  const error =
    first.kind === "forbidden"
      ? new Forbidden(first.message)
      : first.kind === "conflict"
        ? new Conflict(first.message)
        : new RuleViolation(
            refusals.map((r) => (r.field === undefined ? { message: r.message } : { path: r.field, message: r.message })),
            first.message,
          );
  error.refusals = [...refusals];
  return error;
}

/** For services: the moved state (and effects), or throw the refusals as one domain error. */
export function unwrapResult<S, X>(result: WorkflowResult<S, X>): Moved<S, X> {
  if (!result.ok) throw refusalError(result.refusals);
  return result;
}
