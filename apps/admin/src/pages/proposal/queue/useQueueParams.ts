import { proposalCategories, proposalStatuses, proposerKinds, type ProposalStatus } from "@cppcc/domain";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { ProposalFilters } from "../shared/types";

/** Each filter's short name in the address, so a filtered queue can be bookmarked and returned to. */
export const queueKeys = {
  session: "session",
  status: "status",
  category: "category",
  livelihood: "livelihood",
  kind: "kind",
  unit: "unit",
  key: "key",
  query: "q",
} as const;
export type QueueKey = keyof typeof queueKeys;

/** Shown when no session is named: the council's current one. "all" lifts the session filter. */
export const allSessions = "all";

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

const yesNo = (value: string | null): boolean | undefined => (value === "yes" ? true : value === "no" ? false : undefined);

/** The review queue's filters, kept in the address (?status=submitted,underReview&unit=…&q=…). */
export function useQueueParams(currentSessionId: string | null | undefined) {
  const [params, setParams] = useSearchParams();
  const raw = useCallback((key: QueueKey) => params.get(queueKeys[key]), [params]);
  const statuses = useMemo(
    () => (raw("status") ?? "").split(",").filter((s): s is ProposalStatus => (proposalStatuses as readonly string[]).includes(s)),
    [raw],
  );
  const session = raw("session") ?? currentSessionId ?? allSessions;
  const filters = useMemo<ProposalFilters>(
    () => ({
      sessionId: session === allSessions ? undefined : session,
      statuses: statuses.length > 0 ? statuses : undefined,
      category: oneOf(proposalCategories, raw("category")),
      isLivelihood: yesNo(raw("livelihood")),
      proposerKind: oneOf(proposerKinds, raw("kind")),
      handlingUnitId: raw("unit") || undefined,
      isKey: raw("key") === "yes" ? true : undefined,
      query: raw("query")?.trim() || undefined,
      // Waiting work is taken in the order it arrived; everything else newest first.
      order: statuses.length > 0 && statuses.every((s) => waitingOnOffice.includes(s)) ? "oldest" : "newest",
    }),
    [raw, session, statuses],
  );

  const setFilter = useCallback(
    (key: QueueKey, value: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(queueKeys[key], value);
          else next.delete(queueKeys[key]);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const reset = useCallback(
    () =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const k of Object.values(queueKeys)) if (k !== queueKeys.session) next.delete(k);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const active = Object.entries(filters).some(([k, v]) => k !== "sessionId" && k !== "order" && v !== undefined);
  return { filters, session, statuses, setFilter, reset, active };
}

/** What waits on the office: review, then assignment (again, after a unit sent it back). */
const waitingOnOffice: readonly ProposalStatus[] = ["submitted", "underReview", "filed", "assignmentReturned"];
