import { Button, Tabs } from "antd";
import { useState } from "react";
import { useMarkRead, useUnreadCount } from "../../notification/useNotifications";
import { NotificationList } from "./NotificationList";

/** 未读 / 全部 with 「全部已读」 beside the tabs: the body of both the bell's drawer and the 消息中心 page. */
export function NotificationTabs({ onLeave }: { onLeave?: () => void }) {
  const unread = useUnreadCount();
  const { markAllRead, markingAll } = useMarkRead();
  const [tab, setTab] = useState<"unread" | "all">("unread");
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as "unread" | "all")}
      tabBarExtraContent={
        <Button size="small" disabled={unread === 0} loading={markingAll} onClick={markAllRead}>
          全部已读
        </Button>
      }
      items={[
        { key: "unread", label: unread > 0 ? `未读（${unread}）` : "未读", children: <NotificationList unreadOnly onLeave={onLeave} /> },
        { key: "all", label: "全部", children: <NotificationList unreadOnly={false} onLeave={onLeave} /> },
      ]}
      destroyOnHidden
    />
  );
}
