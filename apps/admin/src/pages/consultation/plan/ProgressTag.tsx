import { planItemProgressLabels, type PlanItemProgress } from "@cppcc/domain";
import { Tag } from "antd";

const colors: Record<PlanItemProgress, string> = {
  done: "success",
  due: "processing",
  overdue: "error",
  upcoming: "default",
  cancelled: "default",
};

export function ProgressTag({ progress }: { progress: PlanItemProgress }) {
  return (
    <Tag color={colors[progress]} style={{ marginInlineEnd: 0 }}>
      {planItemProgressLabels[progress]}
    </Tag>
  );
}
