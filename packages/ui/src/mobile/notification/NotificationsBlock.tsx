import { List } from "antd-mobile";
import { useNavigate } from "react-router";
import { useOpenTarget } from "../../notification/useOpenTarget";
import { useMarkRead, useNotificationPages, useUnreadCount } from "../../notification/useNotifications";
import { MobileNotificationRow } from "./MobileNotificationRow";

const shown = 3;

/**
 * The portal home's 未读消息: the latest few unread with 「查看全部」. Self-contained, so a home
 * page places it with one line; it shows nothing until it knows, and says so when all is read.
 */
export function NotificationsBlock({ allPath }: { allPath: string }) {
  const unread = useUnreadCount();
  const pages = useNotificationPages(true);
  const { markRead } = useMarkRead();
  const { targetOf, open } = useOpenTarget();
  const navigate = useNavigate();
  if (!pages.data) return null;
  const items = pages.data.pages.flatMap((p) => p.items).slice(0, shown);
  return (
    <List
      mode="card"
      data-testid="notifications-block"
      header={
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
          <span>未读消息{unread > 0 ? `（${unread} 条）` : ""}</span>
          <a
            href={allPath}
            onClick={(e) => {
              e.preventDefault();
              void navigate(allPath);
            }}
            style={{ color: "var(--adm-color-primary)" }}
          >
            查看全部
          </a>
        </div>
      }
    >
      {items.length === 0 ? (
        <List.Item>
          <span style={{ color: "#999" }}>没有未读消息</span>
        </List.Item>
      ) : (
        items.map((item) => <MobileNotificationRow key={item.id} item={item} target={targetOf(item)} onRead={() => markRead(item)} onOpen={open} />)
      )}
    </List>
  );
}
