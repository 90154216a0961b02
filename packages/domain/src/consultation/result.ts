import { type DomainError, Forbidden, RuleViolation, type Violation } from "../errors";

/**
 * What a pure rule answers instead of throwing: the services decide when to throw, and tests can
 * compare results without catching. `changed: false` marks a harmless repeat (a second scan, a
 * re-sent reply) that the service must not record twice.
 */
export type Done<T> = { ok: true; value: T; changed: boolean };

/** forbidden: the actor may not do this here · ruleViolation: nobody may do this now. */
export type Refusal = { ok: false; kind: "forbidden" | "ruleViolation"; reason: string; violations: Violation[] };

export type Result<T> = Done<T> | Refusal;

export function done<T>(value: T, changed = true): Done<T> {
  return { ok: true, value, changed };
}

export function forbidden(reason: string): Refusal {
  return { ok: false, kind: "forbidden", reason, violations: [{ message: reason }] };
}

export function violated(violations: Violation[] | string): Refusal {
  const list = typeof violations === "string" ? [{ message: violations }] : violations;
  return { ok: false, kind: "ruleViolation", reason: list.map((v) => v.message).join("；"), violations: list };
}

/** The typed error a service throws for a refusal; one function in @cppcc/api maps it to a transport code. */
export function toDomainError(refusal: Refusal): DomainError {
  return refusal.kind === "forbidden" ? new Forbidden(refusal.reason) : new RuleViolation(refusal.violations);
}

/** For services: the value, or throw the refusal as its domain error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw toDomainError(result);
  return result.value;
}
