import { proposalCategoryLabels, proposerKindLabels, unnumberedProposalLabel } from "@cppcc/domain";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { StatusTag } from "../shared/StatusTag";
import type { ProposalListItem } from "../shared/types";
import { UnitTags } from "../shared/UnitTags";

type Props = {
  rows: ProposalListItem[];
  loading: boolean;
  hasMore: boolean;
  /** How many the filters match, from the first page; null while unknown. */
  total: number | null;
  loadingMore: boolean;
  onMore: () => void;
  filtered: boolean;
  onReset: () => void;
  /** Where a row's title leads: the office's detail page or a unit's. */
  detailPath: (id: string) => string;
  selection?: { keys: string[]; onChange: (rows: ProposalListItem[]) => void };
};

/** Proposals a page at a time: number, title, proposer, category, status and the units handling it. */
export function ProposalTable({ rows, loading, hasMore, total, loadingMore, onMore, filtered, onReset, detailPath, selection }: Props) {
  const columns: TableColumnsType<ProposalListItem> = [
    {
      title: "案号",
      dataIndex: "number",
      width: 90,
      render: (n: string | null) => (n ? <Typography.Text strong>{n}</Typography.Text> : <Typography.Text type="secondary">{unnumberedProposalLabel}</Typography.Text>),
    },
    {
      title: "标题",
      dataIndex: "title",
      render: (title: string, r) => (
        <Flex vertical gap={2}>
          <Link to={detailPath(r.id)}>{title || "（无标题）"}</Link>
          <Flex gap={4} wrap>
            {r.isKey && <Tag color="red">重点提案</Tag>}
            {r.mergeGroupId && <Tag color="purple">并案</Tag>}
            {r.isLivelihood && <Tag color="green">民生</Tag>}
          </Flex>
        </Flex>
      ),
    },
    {
      title: "提案者",
      dataIndex: "proposerName",
      width: 130,
      render: (name: string, r) => (
        <Flex vertical>
          <span>{name || "—"}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {proposerKindLabels[r.proposerKind]}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: "类别", dataIndex: "category", width: 96, render: (c: ProposalListItem["category"]) => (c ? proposalCategoryLabels[c] : "—") },
    { title: "状态", dataIndex: "status", width: 100, render: (s: ProposalListItem["status"]) => <StatusTag status={s} /> },
    { title: "承办单位", key: "units", width: 160, render: (_: unknown, r) => <UnitTags units={r.units} /> },
    { title: "提交日期", dataIndex: "submittedOn", width: 104, render: (d: string | null) => d ?? "—" },
    { title: "办理期限", dataIndex: "dueOn", width: 104, render: (d: string | null) => d ?? "—" },
  ];
  return (
    <>
      <Table<ProposalListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 960 }}
        rowSelection={
          selection && {
            selectedRowKeys: selection.keys,
            onChange: (_keys, selected) => selection.onChange(selected),
            preserveSelectedRowKeys: true,
          }
        }
        locale={{
          emptyText: (
            <Empty description={filtered ? "没有符合条件的提案" : "暂无提案"}>
              {filtered && <Button onClick={onReset}>清除筛选</Button>}
            </Empty>
          ),
        }}
      />
      <LoadMore shown={rows.length} total={total} hasMore={hasMore} loading={loadingMore} onMore={onMore} unit="件提案" />
    </>
  );
}
