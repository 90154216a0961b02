import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc/context";

/** A member's record for a year; without a member id, the signed-in member's own. */
export function useDutyRecord(year: number, memberId?: string | null) {
  const trpc = useTRPC();
  return useQuery(trpc.duty.record.queryOptions({ year, memberId: memberId ?? null }));
}

/** Years a record can be read for: this year (Shanghai) and the four before it. */
export function recordYears(now = new Date()): number[] {
  const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(now));
  return [year, year - 1, year - 2, year - 3, year - 4];
}
