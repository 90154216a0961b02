import type { RouterOutputs } from "@cppcc/api";
import { decidedExtensionDays, extensionSubjectKindLabels } from "@cppcc/domain";
import { Card, List, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";

type Decided = RouterOutputs["home"]["handler"]["extensionsDecided"][number];

/** The office's answers to the unit's extension requests lately: the new last day, or why not. */
export function DecidedExtensionsCard({ items }: { items: Decided[] }) {
  return (
    <Card title="延期申请审批结果" extra={<Typography.Text type="secondary">近 {decidedExtensionDays} 天</Typography.Text>}>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: `近 ${decidedExtensionDays} 天没有审批结果` }}
        renderItem={(e) => (
          <List.Item extra={<Typography.Text type="secondary">{dayjs(e.decidedAt).tz().format("MM-DD HH:mm")}</Typography.Text>}>
            <List.Item.Meta
              title={
                <>
                  <Tag>{extensionSubjectKindLabels[e.subjectKind]}</Tag>
                  {e.status === "granted" ? <Tag color="green">同意，延至 {e.grantedDueOn}</Tag> : <Tag color="red">不同意</Tag>}
                  <Link to={e.subjectKind === "proposal" ? `/handling/${e.subjectId}` : "/suggestions"}>
                    <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                      {e.title}
                    </Typography.Text>
                  </Link>
                </>
              }
              description={e.decisionNote ?? undefined}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
