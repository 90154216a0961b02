import type { SearchHit } from "@cppcc/domain";
import { Modal, Typography } from "antd";

/** A resident's topic not yet on a deliberation: the office reads it here (liaisons handle it in their app). */
export function TopicModal({ topic, onClose }: { topic: SearchHit | null; onClose: () => void }) {
  return (
    <Modal title="群众议题" open={topic !== null} onCancel={onClose} footer={null}>
      {topic && (
        <>
          <Typography.Title level={5}>{topic.title}</Typography.Title>
          <Typography.Paragraph type="secondary">{topic.detail}</Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{topic.body}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">议题由所在镇街道联络员在联络员工作台受理和安排议事。</Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
