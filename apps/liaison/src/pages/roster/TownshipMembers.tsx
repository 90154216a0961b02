import type { MemberListItem } from "@cppcc/ui/roster";
import { LoadMore, memberColumns } from "@cppcc/ui/antd/roster";
import { Empty, Table } from "antd";
import { useMemo } from "react";

type Props = {
  rows: MemberListItem[];
  loading: boolean;
  hasMore: boolean;
  /** How many the filters match, from the first page; null while unknown. */
  total: number | null;
  loadingMore: boolean;
  /** The rows are the previous filters' while the new ones load. */
  refreshing: boolean;
  onMore: () => void;
  onOpen: (id: string) => void;
  searching: boolean;
  showGroup: boolean;
};

/** The township's members; on a tablet the name stays put while the rest scrolls sideways. */
export function TownshipMembers({ rows, loading, hasMore, total, loadingMore, refreshing, onMore, onOpen, searching, showGroup }: Props) {
  // Fits a tablet held sideways beside the menu. One group: its name on every row says nothing;
  // gender and party are in the member's page.
  const columns = useMemo(() => memberColumns(showGroup ? ["gender", "party"] : ["gender", "party", "group"]), [showGroup]);
  return (
    <>
      <Table<MemberListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        sticky
        scroll={{ x: showGroup ? 860 : 720 }}
        onRow={(m) => ({ onClick: () => onOpen(m.id), style: { cursor: "pointer" } })}
        locale={{ emptyText: <Empty description={searching ? "没有找到该委员" : "本镇街道委员小组还没有委员"} /> }}
      />
      {rows.length > 0 && <LoadMore shown={rows.length} total={total} hasMore={hasMore} loading={loadingMore} onMore={onMore} unit="位委员" refreshing={refreshing} />}
    </>
  );
}
