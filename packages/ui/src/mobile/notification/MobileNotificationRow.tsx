import { Button, List, Tag } from "antd-mobile";
import { exactTimeText, relativeTimeText, type NotificationRowProps } from "../../notification/format";
import { titleButtonStyle } from "../../notification/titleButton";

/**
 * One notification on a phone. Tapping it marks it read (its title is the button a keyboard reaches);
 * 「去处理」 also goes where it asks to act.
 * Unread ones carry the word 未读 and a bold title, so colour is never the only sign.
 */
export function MobileNotificationRow({ item, target, onRead, onOpen }: NotificationRowProps) {
  const unread = !item.readAt;
  return (
    <List.Item
      data-notification-id={item.id}
      data-unread={unread || undefined}
      onClick={onRead}
      arrowIcon={false}
      style={unread ? { background: "#fff7f5" } : undefined}
      prefix={
        unread ? (
          <Tag color="danger" fill="outline">
            未读
          </Tag>
        ) : item.doneAt ? (
          <Tag color="success" fill="outline">
            已办理
          </Tag>
        ) : undefined
      }
      description={
        <>
          {item.body && <div style={{ marginBottom: 4 }}>{item.body}</div>}
          <time dateTime={new Date(item.createdAt).toISOString()} title={exactTimeText(item.createdAt)}>
            {relativeTimeText(item.createdAt)}
          </time>
        </>
      }
      extra={
        target && (
          <Button
            size="mini"
            color="primary"
            fill="outline"
            onClick={(e) => {
              e.stopPropagation();
              onRead();
              onOpen(target);
            }}
          >
            {item.doneAt ? "查看" : "去处理"}
          </Button>
        )
      }
    >
      <button
        type="button"
        className="notification-title"
        style={titleButtonStyle(unread)}
        onClick={(e) => {
          // The row's own tap marks it too; once is enough.
          e.stopPropagation();
          onRead();
        }}
      >
        {item.title}
      </button>
    </List.Item>
  );
}
