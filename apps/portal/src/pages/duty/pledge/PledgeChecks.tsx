import { pledgeItemStatusLabels, type PledgeItemStatus } from "@cppcc/domain";
import type { RouterOutputs } from "@cppcc/api";
import { List, Tag } from "antd-mobile";

type Pledge = NonNullable<RouterOutputs["pledge"]["mine"]["pledge"]>;

// The theme's primary is red: an item still in progress must not look like one not met.
const colors: Record<PledgeItemStatus, string> = { met: "success", notMet: "danger", inProgress: "#1677ff", toJudge: "default" };

/** Each pledged item with where it stands: the count reached against the target, or the office's judgement. */
export function PledgeChecks({ pledge }: { pledge: Pledge }) {
  const { counts } = pledge;
  return (
    <List
      mode="card"
      header={`已完成 ${counts.met} 项 · 进行中 ${counts.inProgress} 项 · 未完成 ${counts.notMet} 项 · 待认定 ${counts.toJudge} 项`}
      data-testid="pledge-checks"
    >
      {pledge.items.map((item, i) => (
        <List.Item
          key={i}
          description={
            item.type === "count"
              ? `档案记录 ${item.count} / 承诺 ${item.target}`
              : item.judgement
                ? `办公室认定${item.judgement.note ? `：${item.judgement.note}` : ""}`
                : "年终由政协办公室认定"
          }
          extra={<Tag color={colors[item.status]}>{pledgeItemStatusLabels[item.status]}</Tag>}
        >
          {item.label}
        </List.Item>
      ))}
    </List>
  );
}
