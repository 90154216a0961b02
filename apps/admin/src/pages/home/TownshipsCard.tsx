import { townshipKinds, townshipKindLabels } from "@cppcc/domain";
import type { TownshipSummary } from "@cppcc/ui";
import { Card, Empty, Flex, Tag, Typography } from "antd";

/** The council's townships, 镇 and 街道 apart, in the office's own order. */
export function TownshipsCard({ townships }: { townships: TownshipSummary[] }) {
  return (
    <Card title={`镇街道（${townships.length}）`}>
      {townships.length === 0 && <Empty description="尚未设置镇街道" />}
      <Flex vertical gap={12}>
        {townshipKinds.map((kind) => {
          const ofKind = townships.filter((t) => t.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind}>
              <Typography.Text type="secondary">
                {townshipKindLabels[kind]}（{ofKind.length}）
              </Typography.Text>
              <Flex wrap gap={8} style={{ marginTop: 8 }}>
                {ofKind.map((t) => (
                  <Tag key={t.id} style={{ marginInlineEnd: 0 }}>
                    {t.name}
                  </Tag>
                ))}
              </Flex>
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
