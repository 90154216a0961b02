import { Typography } from "antd";
import dayjs from "dayjs";
import type { PublicSession } from "./types";

const weekdays = ["日", "一", "二", "三", "四", "五", "六"];

/** 「议事时间：2025年6月20日（周五）14:30 地点：…」 — what a resident needs to come along. */
export function SessionLine({ session }: { session: PublicSession }) {
  const day = session.date ? dayjs(session.date) : null;
  const when = day ? `${day.format("YYYY年M月D日")}（周${weekdays[day.day()]}）${session.startTime ? ` ${session.startTime}` : ""}` : "日期待定";
  return (
    <div style={{ background: "#f6ffed", border: "1px solid #b7eb8f", borderRadius: 6, padding: "6px 10px", margin: "6px 0" }}>
      <Typography.Text style={{ display: "block" }}>议事时间：{when}</Typography.Text>
      {session.place && (
        <Typography.Text style={{ display: "block" }}>
          议事地点：{session.place}
          {session.address ? `（${session.address}）` : ""}
        </Typography.Text>
      )}
    </div>
  );
}
