import dayjs from "dayjs";

/** Today in Beijing time as the API counts days (YYYY-MM-DD). */
export function todayIso(): string {
  return dayjs().tz().format("YYYY-MM-DD");
}
