import dayjs from "dayjs";

/** An instant as people here read it, in Beijing time whatever the tablet's zone. */
export function formatDateTime(at: Date | string | null | undefined): string {
  return at ? dayjs(at).tz().format("YYYY-MM-DD HH:mm") : "";
}

/** Today in Beijing as the API's dates are written (YYYY-MM-DD). */
export function todayIso(): string {
  return dayjs().tz().format("YYYY-MM-DD");
}

/** A date picker's value as the API wants it. */
export function isoOf(day: dayjs.Dayjs | null | undefined): string | null {
  return day ? day.format("YYYY-MM-DD") : null;
}
