import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Drawer } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { unreadLabel } from "../../notification/labels";
import { useUnreadCount } from "../../notification/useNotifications";
import { NotificationTabs } from "./NotificationTabs";
import { notificationsPath } from "./nav";

/** The header's bell: the unread count on it (and in its name), opening the latest in a drawer. */
export function NotificationBell() {
  const unread = useUnreadCount();
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const close = () => setOpen(false);
  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined />} aria-label={unreadLabel(unread)} aria-haspopup="dialog" onClick={() => setOpen(true)} />
      </Badge>
      <Drawer
        title="消息"
        open={open}
        onClose={close}
        size={420}
        destroyOnHidden
        extra={
          <Button
            type="link"
            onClick={() => {
              close();
              void navigate(notificationsPath);
            }}
          >
            查看全部
          </Button>
        }
      >
        <NotificationTabs onLeave={close} />
      </Drawer>
    </>
  );
}
