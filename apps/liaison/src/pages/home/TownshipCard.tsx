import { townshipKindLabels } from "@cppcc/domain";
import type { TownshipSummary } from "@cppcc/ui";
import { Alert, Card, Descriptions } from "antd";

type Props = { township: TownshipSummary | null; councilName: string };

/**
 * The township this officer works for. An account without one cannot do a liaison's work,
 * so that case says whom to ask rather than showing an empty card.
 */
export function TownshipCard({ township, councilName }: Props) {
  if (!township) {
    return (
      <Alert
        type="warning"
        showIcon
        title="本账号尚未关联镇街道"
        description="联络员账号须关联所在镇街道后才能开展工作，请联系市政协办公室设置。"
      />
    );
  }
  return (
    <Card title="所在镇街道">
      <Descriptions
        column={{ xs: 1, sm: 3 }}
        size="small"
        items={[
          { key: "name", label: "名称", children: township.name },
          { key: "kind", label: "类型", children: townshipKindLabels[township.kind] },
          { key: "council", label: "所属政协", children: councilName },
        ]}
      />
    </Card>
  );
}
