import { Modal } from "antd";
import { NotificationPreferences } from "./NotificationPreferences";

/** 通知设置 from the header's account menu. */
export function NotificationSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal title="通知设置" open={open} onCancel={onClose} footer={null} destroyOnHidden width={600}>
      <NotificationPreferences />
    </Modal>
  );
}
