import type { PastExtension } from "@cppcc/domain";
import { Tag } from "antd";

type Props = { past: readonly (PastExtension & { grantedDueOn?: string | null })[] };

/** Where this handling period's extension stands at a glance: 延期待审批, or 已延期 (to the date granted last). */
export function ExtensionTag({ past }: Props) {
  if (past.some((p) => p.status === "pending")) return <Tag color="orange">延期待审批</Tag>;
  const granted = past.filter((p) => p.status === "granted");
  if (granted.length === 0) return null;
  const to = granted.at(-1)?.grantedDueOn;
  return <Tag color="green">已延期{to ? `至 ${to}` : ""}</Tag>;
}
