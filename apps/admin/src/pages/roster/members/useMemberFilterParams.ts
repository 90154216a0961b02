import { memberLoginFilters, memberPosts, memberStatuses, partyAffiliations } from "@cppcc/domain";
import type { MemberFilters } from "@cppcc/ui/roster";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

/** Filter → its short name in the address, so a filtered list can be bookmarked, shared and returned to. */
const keys = {
  termId: "term",
  sectorId: "sector",
  committeeId: "committee",
  townshipGroupId: "group",
  partyAffiliation: "party",
  post: "post",
  status: "status",
  login: "login",
  query: "q",
} as const satisfies Record<keyof MemberFilters, string>;

export type FilterKey = keyof typeof keys;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** The member list's filters and the open member, kept in the address (?sector=…&q=zsf&member=…). */
export function useMemberFilterParams() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<MemberFilters>(() => {
    const text = (key: FilterKey) => params.get(keys[key]) || undefined;
    return {
      termId: text("termId"),
      sectorId: text("sectorId"),
      committeeId: text("committeeId"),
      townshipGroupId: text("townshipGroupId"),
      partyAffiliation: oneOf(partyAffiliations, params.get(keys.partyAffiliation)),
      post: oneOf(memberPosts, params.get(keys.post)),
      status: oneOf(memberStatuses, params.get(keys.status)),
      login: oneOf(memberLoginFilters, params.get(keys.login)),
      query: text("query")?.trim() || undefined,
    };
  }, [params]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          change(next);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const setFilter = useCallback(
    (key: FilterKey, value: string | undefined) => update((next) => (value ? next.set(keys[key], value) : next.delete(keys[key]))),
    [update],
  );
  const reset = useCallback(() => update((next) => Object.values(keys).forEach((k) => next.delete(k))), [update]);
  const memberId = params.get("member");
  const openMember = useCallback((id: string | null) => update((next) => (id ? next.set("member", id) : next.delete("member"))), [update]);
  const active = Object.entries(filters).some(([k, v]) => k !== "termId" && v !== undefined);

  return { filters, setFilter, reset, active, memberId, openMember };
}
