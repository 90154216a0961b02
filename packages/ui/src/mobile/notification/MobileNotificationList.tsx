import { Button, ErrorBlock, InfiniteScroll, List, PullToRefresh, Tabs } from "antd-mobile";
import { MobileQueryFailed, MobileSpin } from "../QueryState";
import { useState } from "react";
import { useOpenTarget } from "../../notification/useOpenTarget";
import { useMarkRead, useNotificationPages, useRefreshNotifications, useUnreadCount } from "../../notification/useNotifications";
import { errorMessage } from "../../trpc/errors";
import { MobileNotificationRow } from "./MobileNotificationRow";

/** 消息 on a phone: 未读 / 全部, 全部已读, pull down to refresh, older ones as the list scrolls. */
export function MobileNotificationList() {
  const unread = useUnreadCount();
  const [tab, setTab] = useState<"unread" | "all">("unread");
  const { markAllRead, markingAll } = useMarkRead();
  return (
    <>
      <div style={{ display: "flex", alignItems: "center", background: "#fff" }}>
        <Tabs activeKey={tab} onChange={(key) => setTab(key as "unread" | "all")} style={{ flex: 1 }}>
          <Tabs.Tab key="unread" title={unread > 0 ? `未读（${unread}）` : "未读"} />
          <Tabs.Tab key="all" title="全部" />
        </Tabs>
        <Button size="small" fill="none" color="primary" disabled={unread === 0} loading={markingAll} onClick={markAllRead} style={{ flex: "none" }}>
          全部已读
        </Button>
      </div>
      <Pages key={tab} unreadOnly={tab === "unread"} />
    </>
  );
}

function Pages({ unreadOnly }: { unreadOnly: boolean }) {
  const pages = useNotificationPages(unreadOnly);
  const refresh = useRefreshNotifications();
  const { markRead, error } = useMarkRead();
  const { targetOf, open } = useOpenTarget();
  if (pages.isPending) return <MobileSpin />;
  if (pages.isError) return <MobileQueryFailed query={pages} />;
  const items = pages.data.pages.flatMap((p) => p.items);
  return (
    <PullToRefresh onRefresh={() => refresh()} pullingText="下拉刷新" canReleaseText="释放立即刷新" refreshingText="刷新中…" completeText="已刷新">
      {error && <div style={{ color: "#cf1322", padding: "8px 16px" }}>标记已读失败：{errorMessage(error)}</div>}
      {items.length === 0 ? (
        <ErrorBlock status="empty" title={unreadOnly ? "没有未读消息" : "暂无消息"} description="有新的邀请、答复或提醒时会在这里出现" />
      ) : (
        <List aria-label={unreadOnly ? "未读消息" : "全部消息"}>
          {items.map((item) => (
            <MobileNotificationRow key={item.id} item={item} target={targetOf(item)} onRead={() => markRead(item)} onOpen={open} />
          ))}
        </List>
      )}
      {items.length > 0 && (
        <InfiniteScroll loadMore={async () => void (await pages.fetchNextPage())} hasMore={pages.hasNextPage}>
          {pages.hasNextPage ? "加载中…" : "没有更多了"}
        </InfiniteScroll>
      )}
    </PullToRefresh>
  );
}
