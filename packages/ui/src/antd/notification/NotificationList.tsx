import { Button, Empty, Flex, Spin } from "antd";
import { errorMessage } from "../../trpc/errors";
import { useMarkRead, useNotificationPages } from "../../notification/useNotifications";
import { LoadFailed } from "../LoadFailed";
import { NotificationRow } from "./NotificationRow";
import { useOpenTarget } from "../../notification/useOpenTarget";

/** 未读 or 全部, newest first, with 加载更多 for older ones. `onLeave` runs before 去处理 navigates (closing a drawer). */
export function NotificationList({ unreadOnly, onLeave }: { unreadOnly: boolean; onLeave?: () => void }) {
  const pages = useNotificationPages(unreadOnly);
  const { markRead, error } = useMarkRead();
  const { targetOf, open } = useOpenTarget();
  if (pages.isPending) return <Spin style={{ display: "block", margin: "32px auto" }} />;
  if (pages.isError) return <LoadFailed error={pages.error} retry={() => void pages.refetch()} />;
  const items = pages.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <Empty description={unreadOnly ? "没有未读消息" : "暂无消息"} style={{ margin: "32px 0" }} />;
  return (
    <Flex vertical>
      {error && (
        <div role="alert" style={{ color: "#cf1322", padding: 8 }}>
          标记已读失败：{errorMessage(error)}
        </div>
      )}
      <div role="list" aria-label={unreadOnly ? "未读消息" : "全部消息"}>
        {items.map((item) => (
          <div role="listitem" key={item.id}>
            <NotificationRow
              item={item}
              target={targetOf(item)}
              onRead={() => markRead(item)}
              onOpen={(target) => {
                onLeave?.();
                open(target);
              }}
            />
          </div>
        ))}
      </div>
      {pages.hasNextPage && (
        <Button type="link" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()} style={{ marginTop: 8 }}>
          加载更多
        </Button>
      )}
    </Flex>
  );
}
