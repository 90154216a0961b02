import { handlingRoleLabels, type HandlingRole } from "@cppcc/domain";
import { Flex, Typography } from "antd";

/** The units handling a proposal, the lead (or each split unit) first: 市住建局（主办）. */
export function UnitTags({ units }: { units: { handlingUnitId: string; name: string; role: HandlingRole }[] }) {
  if (units.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const ordered = [...units].sort((a, b) => Number(a.role === "co") - Number(b.role === "co"));
  return (
    <Flex vertical gap={2}>
      {ordered.map((u) => (
        <Typography.Text key={u.handlingUnitId} type={u.role === "co" ? "secondary" : undefined} style={{ whiteSpace: "nowrap" }}>
          {u.name}（{handlingRoleLabels[u.role]}）
        </Typography.Text>
      ))}
    </Flex>
  );
}
