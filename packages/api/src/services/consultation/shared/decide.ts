import { refusalError, type WorkflowResult } from "@cppcc/domain";
import { assertVersion, type staleMessages } from "./version";

/**
 * How a service answers a state-machine step, in this order: a harmless repeat (a re-sent reply,
 * a routing sent twice) succeeds without a change and without a version check, so retries with the
 * version read before the first attempt still count once; a person not allowed is told so; a stale
 * version is a CONFLICT before any rule about the state, so two people acting on the same row at
 * once get "someone else was first", not a puzzling rule; then the step's own refusals.
 */
export function decide<S>(
  result: WorkflowResult<S>,
  current: number,
  read: number,
  what: keyof typeof staleMessages,
): { state: S; changed: boolean } {
  if (result.ok && !result.changed) return { state: result.state, changed: false };
  if (!result.ok && result.refusals[0].kind === "forbidden") throw refusalError(result.refusals);
  assertVersion(current, read, what);
  if (!result.ok) throw refusalError(result.refusals);
  return { state: result.state, changed: true };
}
