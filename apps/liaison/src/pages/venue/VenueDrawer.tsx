import { consultationStateLabels, venueKindLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Descriptions, Drawer, Empty, Flex, List, Rate, Spin, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useTownshipMembers } from "./useTownshipMembers";

/** One venue with the activities held (or to be held) there. */
export function VenueDrawer({ venueId, onClose }: { venueId: string | null; onClose: () => void }) {
  const trpc = useTRPC();
  const members = useTownshipMembers();
  const venue = useQuery(trpc.consultation.venue.get.queryOptions({ id: venueId ?? "" }, { enabled: !!venueId }));
  const nameOf = (id: string) => members.data?.find((m) => m.value === id)?.label ?? "其他委员";
  return (
    <Drawer open={!!venueId} onClose={onClose} title={venue.data?.name ?? "阵地"} size={520}>
      {venue.isPending ? (
        <Spin />
      ) : venue.isError ? (
        <QueryFailed query={venue} />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: "kind", label: "类型", children: venueKindLabels[venue.data.kind] },
              { key: "township", label: "镇街道", children: venue.data.townshipName ?? "市级" },
              { key: "address", label: "地址", children: venue.data.address || "未填写" },
              ...(venue.data.kind === "receptionHall" ? [{ key: "stars", label: "星级", children: <Rate disabled value={venue.data.stars ?? 0} /> }] : []),
              {
                key: "hosts",
                label: "牵头委员",
                children: venue.data.hostMemberIds.length > 0 ? venue.data.hostMemberIds.map((id) => <Tag key={id}>{nameOf(id)}</Tag>) : "未设置",
              },
            ]}
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            活动（最近 20 次）
          </Typography.Title>
          {venue.data.activities.length === 0 ? (
            <Empty description="还没有在此举办的活动" />
          ) : (
            <List
              size="small"
              dataSource={venue.data.activities}
              renderItem={(a) => (
                <List.Item extra={<Tag>{consultationStateLabels[a.state]}</Tag>}>
                  <List.Item.Meta title={<Link to={`/deliberations/${a.id}`}>{a.title}</Link>} description={`${a.formatName} · ${a.plannedDate ?? "日期未定"}`} />
                </List.Item>
              )}
            />
          )}
        </Flex>
      )}
    </Drawer>
  );
}
