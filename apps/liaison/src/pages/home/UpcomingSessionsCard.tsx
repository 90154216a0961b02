import { Card, Empty, List, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import type { LiaisonHomeData } from "./types";

const when = (date: string | null, time: string | null) => (date ? `${dayjs(date).format("M月D日 dddd")}${time ? ` ${time}` : ""}` : "日期待定");

/** 即将举行的民生议事堂: planned and scheduled sessions of the township, soonest first, each opening its page. */
export function UpcomingSessionsCard({ sessions }: { sessions: LiaisonHomeData["upcomingSessions"] }) {
  return (
    <Card title="即将举行的民生议事堂" extra={<Link to="/deliberations">全部议事堂</Link>}>
      <List
        dataSource={sessions}
        locale={{ emptyText: <Empty description="没有待举行的议事堂，可在「群众议题」中选择已采纳的议题安排" /> }}
        renderItem={(s) => (
          <List.Item extra={s.state === "planned" ? <Tag>待定会期</Tag> : <Tag color="blue">已排期</Tag>}>
            <List.Item.Meta
              title={<Link to={`/deliberations/${s.id}`}>{s.title}</Link>}
              description={
                <Typography.Text type="secondary">
                  {when(s.plannedDate, s.startTime)}
                  {s.place ? ` · ${s.place}` : ""}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
