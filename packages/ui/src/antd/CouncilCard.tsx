import { Card, Descriptions } from "antd";
import { councilLevelText } from "../labels";
import type { CouncilOverview } from "../trpc/types";

/** The signed-in person's council: its name, level, parent and the rule set it works by. */
export function CouncilCard({ overview }: { overview: CouncilOverview }) {
  const { council, parent, townships } = overview;
  return (
    <Card title="本级政协">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: "name", label: "委员会", children: council.name },
          { key: "level", label: "级别", children: councilLevelText(council.level) },
          {
            key: "parent",
            label: "上级政协",
            children: parent ? `${parent.name}（${councilLevelText(parent.level)}）` : "无",
          },
          { key: "ruleSet", label: "规则方案", children: council.ruleSetName },
          { key: "townships", label: "镇街道", children: `${townships.length} 个` },
        ]}
      />
    </Card>
  );
}
