import { accountStatusLabels, roleLabels } from "@cppcc/domain";
import { useSignedIn, type SessionAccount } from "@cppcc/ui";
import { timeText } from "@cppcc/ui/roster";
import { LoadMore } from "@cppcc/ui/antd/roster";
import type { RouterOutputs } from "@cppcc/api";
import { Button, Flex, Table, Tag, type TableColumnsType } from "antd";
import { DisableButton } from "./DisableButton";

export type AccountRow = RouterOutputs["account"]["list"]["items"][number];

type Props = {
  rows: AccountRow[];
  loading: boolean;
  hasMore: boolean;
  /** How many the filters match, from the first page; null while unknown. */
  total: number | null;
  loadingMore: boolean;
  onMore: () => void;
  onReset: (row: AccountRow) => void;
  selectedIds: string[];
  onSelect: (rows: AccountRow[]) => void;
};

function columns(me: SessionAccount, onReset: (row: AccountRow) => void): TableColumnsType<AccountRow> {
  return [
    { key: "username", title: "用户名", dataIndex: "username", width: 160 },
    { key: "displayName", title: "显示名称", dataIndex: "displayName", ellipsis: true },
    { key: "role", title: "角色", width: 130, render: (_, a) => roleLabels[a.role] },
    { key: "township", title: "所属镇街道", width: 120, render: (_, a) => a.township ?? "—" },
    {
      key: "status",
      title: "状态",
      width: 90,
      render: (_, a) => (a.disabledAt ? <Tag>{accountStatusLabels.disabled}</Tag> : <Tag color="green">{accountStatusLabels.active}</Tag>),
    },
    { key: "createdAt", title: "开通时间", width: 150, render: (_, a) => timeText(a.createdAt) },
    {
      key: "actions",
      title: "操作",
      width: 180,
      render: (_, a) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => onReset(a)}>
            重置密码
          </Button>
          {a.id !== me.id && <DisableButton account={a} />}
        </Flex>
      ),
    },
  ];
}

/** The council's accounts in username order, a page at a time. */
export function AccountTable({ rows, loading, hasMore, total, loadingMore, onMore, onReset, selectedIds, onSelect }: Props) {
  const { account } = useSignedIn();
  return (
    <>
      <Table<AccountRow>
        rowKey="id"
        size="middle"
        rowSelection={{
          selectedRowKeys: selectedIds,
          preserveSelectedRowKeys: true,
          onChange: (_keys, chosen) => onSelect(chosen),
          // One's own login is never disabled (the server refuses it too).
          getCheckboxProps: (a) => ({ disabled: a.id === account.id, title: a.id === account.id ? "不能停用自己的账号" : undefined }),
        }}
        columns={columns(account, onReset)}
        dataSource={rows}
        loading={loading}
        pagination={false}
        locale={{ emptyText: "没有符合条件的账号" }}
        sticky
        scroll={{ x: 900 }}
      />
      {rows.length > 0 && <LoadMore shown={rows.length} total={total} hasMore={hasMore} loading={loadingMore} onMore={onMore} unit="个账号" />}
    </>
  );
}
