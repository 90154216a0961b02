import { townshipKindLabels } from "@cppcc/domain";
import type { RouterOutputs } from "@cppcc/api";
import { Card, Col, Empty, Flex, Row, Statistic, Tag, Typography } from "antd";

type TownshipRoster = RouterOutputs["roster"]["township"];

/** The township's member group(s) with how many members each has, and its paired sector groups (结对联系). */
export function TownshipRosterCard({ data }: { data: TownshipRoster }) {
  const byGroup = new Map<string, TownshipRoster["pairedSectors"]>();
  for (const s of data.pairedSectors) byGroup.set(s.groupLabel, [...(byGroup.get(s.groupLabel) ?? []), s]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Card title={`委员小组（${townshipKindLabels[data.township.kind]}）`} style={{ height: "100%" }}>
          {data.groups.length === 0 ? (
            <Empty description="本镇街道还没有委员小组" />
          ) : (
            <Flex vertical gap={12}>
              {data.groups.map((g) => (
                <Statistic key={g.id} title={g.name} value={g.members} suffix="位在册委员" />
              ))}
            </Flex>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title="结对联系的界别活动组" style={{ height: "100%" }}>
          {byGroup.size === 0 ? (
            <Empty description="尚未与界别活动组结对" />
          ) : (
            <Flex vertical gap={12}>
              {[...byGroup].map(([label, sectors]) => (
                <div key={label}>
                  <Typography.Text strong>{label}</Typography.Text>
                  <Flex wrap gap={8} style={{ marginTop: 6 }}>
                    {sectors.map((s) => (
                      <Tag key={s.sectorId} style={{ marginInlineEnd: 0 }}>
                        {s.sectorName} · {s.members} 位委员
                      </Tag>
                    ))}
                  </Flex>
                </div>
              ))}
            </Flex>
          )}
        </Card>
      </Col>
    </Row>
  );
}
