import { KeyOutlined } from "@ant-design/icons";
import { App, Button, Modal } from "antd";
import { useState } from "react";
import { ChangePasswordForm } from "./ChangePasswordForm";

/** 修改密码 in the header: the form in a dialog, which closes once the password is changed. */
export function ChangePasswordButton({ showLabel }: { showLabel: boolean }) {
  const [open, setOpen] = useState(false);
  const { message } = App.useApp();
  return (
    <>
      <Button type="text" icon={<KeyOutlined />} onClick={() => setOpen(true)} aria-label="修改密码">
        {showLabel && "修改密码"}
      </Button>
      <Modal title="修改密码" open={open} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <ChangePasswordForm
          onCancel={() => setOpen(false)}
          onChanged={() => {
            setOpen(false);
            void message.success("密码已修改，其他设备上的登录已退出");
          }}
        />
      </Modal>
    </>
  );
}
