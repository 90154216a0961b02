import type { RouterOutputs } from "@cppcc/api";
import { Alert, Card, Flex, List, Tag, Typography } from "antd";
import { Link } from "react-router";

type Violation = RouterOutputs["roster"]["check"]["violations"][number];

/** The violations by rule, each rule with its count and every member it concerns. */
export function ViolationGroups({ violations }: { violations: Violation[] }) {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) groups.set(v.ruleLabel, [...(groups.get(v.ruleLabel) ?? []), v]);
  return (
    <Flex vertical gap={16}>
      <Alert type="warning" showIcon title={`发现 ${violations.length} 个问题，涉及 ${groups.size} 条规则`} />
      {[...groups].map(([label, list]) => (
        <Card
          key={label}
          size="small"
          title={
            <Flex align="center" gap={8}>
              <span>{label}</span>
              <Tag color="orange">{list.length}</Tag>
            </Flex>
          }
        >
          <List
            size="small"
            dataSource={list}
            renderItem={(v) => (
              <List.Item>
                <Flex gap={12} align="baseline" wrap>
                  {v.memberId && v.memberName ? (
                    <Link to={`/roster/members?member=${v.memberId}`} style={{ minWidth: 64, fontWeight: 500 }}>
                      {v.memberName}
                    </Link>
                  ) : (
                    <Typography.Text type="secondary" style={{ minWidth: 64 }}>
                      本届
                    </Typography.Text>
                  )}
                  <Typography.Text>{v.message}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      ))}
    </Flex>
  );
}
