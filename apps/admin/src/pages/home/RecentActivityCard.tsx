import type { RouterOutputs } from "@cppcc/api";
import { Card, Empty, List, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";

type Activity = RouterOutputs["home"]["office"]["activity"][number];

// Where each kind of record opens in this app; the others are named without a link.
const pathOf: Partial<Record<Activity["entity"], (id: string) => string>> = {
  proposal: (id) => `/proposals/${id}`,
  consultation: (id) => `/consultations/${id}`,
  consultation_plan: () => "/consultation-plan",
  deadline_extension: () => "/extensions",
};

/** 最近动态: who did what to which record, from the council's audit rows, newest first. */
export function RecentActivityCard({ activity }: { activity: Activity[] }) {
  return (
    <Card title="最近动态">
      <List
        dataSource={activity}
        locale={{ emptyText: <Empty description="还没有办理记录" /> }}
        renderItem={(a) => {
          const to = pathOf[a.entity]?.(a.entityId);
          return (
            <List.Item extra={<Typography.Text type="secondary">{dayjs(a.at).format("M月D日 HH:mm")}</Typography.Text>}>
              <Typography.Text>
                <Typography.Text strong>{a.who}</Typography.Text> {a.what}
                {a.subject && (to ? <Link to={to}>「{a.subject}」</Link> : `「${a.subject}」`)}
                {!a.subject && to && <Link to={to}> 查看</Link>}
              </Typography.Text>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
