import type { MemberListItem } from "@cppcc/ui/roster";
import { LoadMore, memberColumns } from "@cppcc/ui/antd/roster";
import { Button, Empty, Table } from "antd";
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
  filtered: boolean;
  onReset: () => void;
  /** Rows chosen for a bulk action (opening logins). */
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
};

/** The roster as a table: a row opens the member; more rows come a page at a time. */
export function MemberTable({ rows, loading, hasMore, total, loadingMore, refreshing, onMore, onOpen, filtered, onReset, selectedIds, onSelect }: Props) {
  const columns = useMemo(() => memberColumns(), []);
  return (
    <>
      <Table<MemberListItem>
        rowKey="id"
        size="middle"
        rowSelection={{
          selectedRowKeys: selectedIds,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onSelect(keys.map(String)),
          getCheckboxProps: (m) => ({ disabled: m.status !== "active" }),
        }}
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        sticky
        scroll={{ x: 1040 }}
        onRow={(m) => ({ onClick: () => onOpen(m.id), style: { cursor: "pointer" } })}
        locale={{
          emptyText: (
            <Empty description={filtered ? "没有符合条件的委员" : "名册中还没有委员"}>
              {filtered && <Button onClick={onReset}>清除筛选</Button>}
            </Empty>
          ),
        }}
      />
      {rows.length > 0 && <LoadMore shown={rows.length} total={total} hasMore={hasMore} loading={loadingMore} onMore={onMore} unit="位委员" refreshing={refreshing} />}
    </>
  );
}
