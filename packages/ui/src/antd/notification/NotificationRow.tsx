import { Button, Flex, Tag, Typography } from "antd";
import { exactTimeText, relativeTimeText, type NotificationRowProps } from "../../notification/format";
import { titleButtonStyle } from "../../notification/titleButton";

/**
 * One notification: unread ones carry the word 未读 and a bold title (never colour alone). The
 * title is a button that marks it read; 「去处理」 marks it read and goes where it asks to act.
 */
export function NotificationRow({ item, target, onRead, onOpen }: NotificationRowProps) {
  const unread = !item.readAt;
  const go = () => {
    onRead();
    if (target) onOpen(target);
  };
  return (
    <Flex
      vertical
      gap={4}
      data-notification-id={item.id}
      data-unread={unread || undefined}
      style={{ padding: "12px 8px", borderBottom: "1px solid #f0f0f0", background: unread ? "#fff7f5" : undefined }}
    >
      <Flex align="start" gap={8}>
        {unread ? (
          <Tag color="red" style={{ marginInlineEnd: 0, flex: "none" }}>
            未读
          </Tag>
        ) : (
          item.doneAt && (
            <Tag color="green" style={{ marginInlineEnd: 0, flex: "none" }}>
              已办理
            </Tag>
          )
        )}
        <button
          type="button"
          onClick={onRead}
          style={{ ...titleButtonStyle(unread), flex: 1, minWidth: 0 }}
          className="notification-title"
        >
          {item.title}
        </button>
      </Flex>
      {item.body && (
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
          {item.body}
        </Typography.Paragraph>
      )}
      <Flex align="center" justify="space-between" gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <time dateTime={new Date(item.createdAt).toISOString()} title={exactTimeText(item.createdAt)}>
            {relativeTimeText(item.createdAt)}
          </time>
        </Typography.Text>
        {target && (
          <Button size="small" type="link" href={target.kind === "href" ? target.href : undefined} onClick={(e) => {
            e.preventDefault();
            go();
          }}>
            {item.doneAt ? "查看" : "去处理"}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
