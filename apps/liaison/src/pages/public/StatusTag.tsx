import type { PublicTopicStatus } from "@cppcc/domain";
import { Tag } from "antd";

const colors: Record<PublicTopicStatus, string> = {
  pending: "default",
  accepted: "orange",
  rejected: "red",
  scheduled: "green",
  deliberated: "blue",
  published: "purple",
};

export function StatusTag({ status, label }: { status: PublicTopicStatus; label: string }) {
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0, flex: "none" }}>
      {label}
    </Tag>
  );
}
