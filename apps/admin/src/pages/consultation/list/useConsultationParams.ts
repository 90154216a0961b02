import { consultationFormatCodes, consultationStates, type ConsultationFormatCode, type ConsultationState } from "@cppcc/domain";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { ConsultationFilters } from "../shared/types";

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** Where the list looks: city consultations (the default), all of them, or one township's. */
export type Scope = "city" | "all" | { townshipId: string };

export type ListParams = { year?: number; formatCode?: ConsultationFormatCode; state?: ConsultationState; scope: Scope; thisWeek: boolean };

/**
 * The list's filters in the address (?year=2026&format=pleaseComeToConsult&state=held&scope=all&week=this), so a
 * view can be shared; week=this is the home's 本周会议, the week judged by the server's clock.
 */
export function useConsultationParams() {
  const [params, setParams] = useSearchParams();
  const values = useMemo<ListParams>(() => {
    const scope = params.get("scope");
    return {
      year: Number(params.get("year")) || undefined,
      formatCode: oneOf(consultationFormatCodes, params.get("format")),
      state: oneOf(consultationStates, params.get("state")),
      scope: scope === "all" ? "all" : scope && scope !== "city" ? { townshipId: scope } : "city",
      thisWeek: params.get("week") === "this",
    };
  }, [params]);
  const filters = useMemo<ConsultationFilters>(
    () => ({
      year: values.year,
      formatCode: values.formatCode,
      state: values.state,
      cityOnly: values.scope === "city",
      townshipId: typeof values.scope === "object" ? values.scope.townshipId : undefined,
      thisWeek: values.thisWeek,
    }),
    [values],
  );
  const set = useCallback(
    (key: "year" | "format" | "state" | "scope" | "week", value: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = values.year !== undefined || values.formatCode !== undefined || values.state !== undefined || values.scope !== "city" || values.thisWeek;
  return { values, filters, set, reset, active };
}
