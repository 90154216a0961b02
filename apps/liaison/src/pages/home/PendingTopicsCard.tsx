import { Card, Empty, List, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import type { LiaisonHomeData } from "./types";

/** 待审核的群众议题: the count opens the moderation queue it counts (?state=pending); the newest few below. */
export function PendingTopicsCard({ pending }: { pending: LiaisonHomeData["pendingTopics"] }) {
  return (
    <Card
      title="待审核的群众议题"
      extra={
        <Link to="/topics?state=pending" aria-label={`待审核的群众议题 ${pending.count} 条，去审核`}>
          共 {pending.count} 条，去审核
        </Link>
      }
    >
      <List
        dataSource={pending.items}
        locale={{ emptyText: <Empty description="没有待审核的议题" /> }}
        renderItem={(t) => (
          <List.Item extra={<Typography.Text type="secondary">{dayjs(t.createdAt).format("M月D日 HH:mm")}</Typography.Text>}>
            <List.Item.Meta title={<Link to="/topics?state=pending">{t.topic}</Link>} description={t.receiptNo ? `回执号 ${t.receiptNo}` : undefined} />
          </List.Item>
        )}
      />
    </Card>
  );
}
