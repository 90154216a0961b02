import { KeyOutlined, PlusOutlined } from "@ant-design/icons";
import { maxChosenMembers } from "@cppcc/domain";
import { useMemberPages, useRosterReference } from "@cppcc/ui/roster";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { MemberDrawer, RosterExportButton } from "@cppcc/ui/antd/roster";
import { Button, Card } from "antd";
import { useState } from "react";
import { BulkOpenDialog } from "../../accounts/bulk/BulkOpenDialog";
import { DutyRecordSection } from "../../duty/DutyRecordSection";
import { AccountSection } from "./AccountSection";
import { CreateMemberDrawer } from "./CreateMemberDrawer";
import { MemberActions } from "./MemberActions";
import { MemberFilterBar } from "./MemberFilterBar";
import { MemberTable } from "./MemberTable";
import { useMemberFilterParams } from "./useMemberFilterParams";

/** 委员名册: filter, search and page through the members; open one to see, edit or withdraw them; choose some to open their logins. */
export function MembersPage() {
  const { filters, setFilter, reset, active, memberId, openMember } = useMemberFilterParams();
  const reference = useRosterReference();
  const pages = useMemberPages(filters);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [opening, setOpening] = useState(false);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle title="委员名册" subtitle="可按届次、界别、专委会、委员小组、党派、职务、状态筛选；搜索支持姓名、拼音首字母（如 zsf）、工作单位或手机号码" />
      <Card styles={{ body: { padding: 16 } }}>
        <MemberFilterBar
          filters={filters}
          reference={reference.data}
          onChange={setFilter}
          onReset={reset}
          canReset={active}
          actions={
            <>
              <Button
                icon={<KeyOutlined />}
                disabled={selected.length === 0 || selected.length > maxChosenMembers}
                title={selected.length > maxChosenMembers ? `一次最多勾选 ${maxChosenMembers} 位委员；更多请在账号管理中按界别、委员小组或专委会开通` : undefined}
                onClick={() => setOpening(true)}
              >
                {selected.length > 0 ? `为所选 ${selected.length} 位委员开通登录` : "勾选委员后可批量开通登录"}
              </Button>
              <RosterExportButton filters={filters} />
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新增委员
              </Button>
            </>
          }
        />
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : (
          <MemberTable
            rows={rows}
            loading={pages.isPending || (pages.isFetching && !pages.isFetchingNextPage && pages.isPlaceholderData)}
            hasMore={pages.hasNextPage}
            total={pages.data?.pages[0]?.total ?? null}
            loadingMore={pages.isFetchingNextPage}
            refreshing={pages.isPlaceholderData}
            onMore={() => void pages.fetchNextPage()}
            onOpen={openMember}
            filtered={active}
            onReset={reset}
            selectedIds={selected}
            onSelect={setSelected}
          />
        )}
      </Card>
      <MemberDrawer
        memberId={memberId}
        onClose={() => openMember(null)}
        actions={(m) => <MemberActions member={m} />}
        extra={(m) => (
          <>
            <DutyRecordSection memberId={m.id} />
            <AccountSection member={m} />
          </>
        )}
      />
      <BulkOpenDialog open={opening} memberIds={selected} onClose={() => setOpening(false)} />
      <CreateMemberDrawer open={creating} onClose={() => setCreating(false)} onCreated={(id) => openMember(id)} />
    </>
  );
}
