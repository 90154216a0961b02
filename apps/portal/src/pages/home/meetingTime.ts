import dayjs from "dayjs";

/** 「5月8日 周五 14:30」: the day a member plans around, the hour when the organiser set one. */
export function meetingTime(plannedDate: string | null, startTime: string | null): string {
  if (!plannedDate) return "时间待定";
  const day = dayjs(plannedDate).format("M月D日 dddd");
  return startTime ? `${day} ${startTime}` : day;
}
