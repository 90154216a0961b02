import { Popup, Toast } from "antd-mobile";
import { PasswordForm } from "./PasswordForm";

/** 修改密码 from 我的. */
export function PasswordPopup({ visible, onClose }: { visible: boolean; onClose: () => void }) {
  return (
    <Popup
      visible={visible}
      onMaskClick={onClose}
      onClose={onClose}
      destroyOnClose
      bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, paddingBottom: "env(safe-area-inset-bottom)" }}
    >
      <div style={{ padding: "16px 16px 0", fontSize: 17, fontWeight: 600, textAlign: "center" }}>修改密码</div>
      <PasswordForm
        onCancel={onClose}
        onChanged={() => {
          Toast.show({ icon: "success", content: "密码已修改" });
          onClose();
        }}
      />
    </Popup>
  );
}
