import { PlusOutlined, TeamOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card, Flex } from "antd";
import { useState } from "react";
import { AccountFilterBar, type AccountFilters } from "./AccountFilterBar";
import { AccountTable, type AccountRow } from "./AccountTable";
import { BulkDisableBar } from "./bulk/BulkDisableBar";
import { BulkOpenDialog } from "./bulk/BulkOpenDialog";
import { CreateAccountModal } from "./CreateAccountModal";
import { ResetPasswordModal } from "./ResetPasswordModal";

/** 账号管理: every login of the council; create one or members' in bulk, reset a password, disable or enable one or many. */
export function AccountsPage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<AccountFilters>({});
  const pages = useInfiniteQuery(
    trpc.account.list.infiniteQueryOptions({ ...filters, limit: 50 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<AccountRow | null>(null);
  const [bulkOpening, setBulkOpening] = useState(false);
  const [selected, setSelected] = useState<AccountRow[]>([]);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle title="账号管理" subtitle="账号由办公室统一开通：委员、镇街道联络员、承办单位和办公室人员各用自己的账号登录" />
      <Card styles={{ body: { padding: 16 } }}>
        <AccountFilterBar
          filters={filters}
          onChange={setFilters}
          actions={
            <Flex gap={8}>
              <Button icon={<TeamOutlined />} onClick={() => setBulkOpening(true)}>
                批量开通委员账号
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                开通账号
              </Button>
            </Flex>
          }
        />
        <BulkDisableBar selected={selected} onDone={() => setSelected([])} onClear={() => setSelected([])} />
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <AccountTable
            rows={rows}
            loading={pages.isPending}
            hasMore={pages.hasNextPage}
            total={pages.data?.pages[0]?.total ?? null}
            loadingMore={pages.isFetchingNextPage}
            onMore={() => void pages.fetchNextPage()}
            onReset={setResetting}
            selectedIds={selected.map((r) => r.id)}
            onSelect={setSelected}
          />
        )}
      </Card>
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
      <BulkOpenDialog open={bulkOpening} onClose={() => setBulkOpening(false)} />
    </>
  );
}
