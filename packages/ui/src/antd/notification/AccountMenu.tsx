import { BellOutlined, DownOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useState } from "react";
import { NotificationSettingsModal } from "./NotificationSettingsModal";

/** The signed-in person's name as a menu of what concerns their own account (通知设置). */
export function AccountMenu({ displayName }: { displayName: string }) {
  const [settings, setSettings] = useState(false);
  return (
    <>
      <Dropdown
        trigger={["click"]}
        menu={{
          items: [{ key: "notification-settings", icon: <BellOutlined />, label: "通知设置" }],
          onClick: ({ key }) => {
            if (key === "notification-settings") setSettings(true);
          },
        }}
      >
        <Button type="text" aria-label={`${displayName}，账号菜单`} style={{ paddingInline: 4 }}>
          {displayName}
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <NotificationSettingsModal open={settings} onClose={() => setSettings(false)} />
    </>
  );
}
