import dayjs from "dayjs";

/** 1971-10-01 → 1971年10月: rosters record the month of birth. */
export function birthMonthText(isoDate: string | null | undefined): string {
  if (!isoDate) return "—";
  const [y, m] = isoDate.split("-");
  return `${y}年${Number(m)}月`;
}

/** A calendar day from the API (already a Shanghai date) as people write it: 2026年3月1日. */
export function dayText(isoDate: string | null | undefined): string {
  if (!isoDate) return "—";
  const [y, m, d] = isoDate.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** An instant (a timestamp) in Beijing time, whatever the device's zone. */
export function timeText(instant: Date | string | null | undefined): string {
  if (!instant) return "—";
  return dayjs(instant).tz().format("YYYY-MM-DD HH:mm");
}

/** Today in Beijing time as YYYY-MM-DD: the default for change and withdrawal dates. */
export function todayIso(): string {
  return dayjs().tz().format("YYYY-MM-DD");
}
