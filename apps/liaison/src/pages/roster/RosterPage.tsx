import { useDebounced, useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed, SearchInput } from "@cppcc/ui/antd";
import { MemberDrawer, RosterExportButton } from "@cppcc/ui/antd/roster";
import { useMemberPages } from "@cppcc/ui/roster";
import { useQuery } from "@tanstack/react-query";
import { Card, Flex, Select } from "antd";
import { useState } from "react";
import { TownshipMembers } from "./TownshipMembers";
import { TownshipRosterCard } from "./TownshipRosterCard";

/**
 * 本镇街道名册: the officer's own township — its member group(s), the sector groups paired with
 * it, and its members. The API limits the list to this township and masks the phones.
 */
export function RosterPage() {
  const trpc = useTRPC();
  const township = useQuery(trpc.roster.township.queryOptions({}));
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 300);
  const [groupId, setGroupId] = useState<string | undefined>();
  const [memberId, setMemberId] = useState<string | null>(null);
  const filters = { query: query || undefined, townshipGroupId: groupId };
  const pages = useMemberPages(filters);

  if (township.isPending) return <PageLoading />;
  if (township.isError) return <QueryFailed query={township} />;
  const { groups } = township.data;
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle title={`${township.data.township.name}委员名册`} subtitle="本镇街道委员小组的委员，以及与本小组结对联系的界别活动组；手机号按规定部分隐藏" />
      <Flex vertical gap={16}>
        <TownshipRosterCard data={township.data} />
        <Card title="委员" styles={{ body: { padding: 16 } }}>
          <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
            <Flex gap={12} wrap>
              <SearchInput label="搜索委员" placeholder="姓名、拼音、工作单位或手机尾号" value={text} onChange={setText} width={280} maxLength={30} />
              {groups.length > 1 && (
                <Select
                  aria-label="委员小组"
                  allowClear
                  placeholder="全部委员小组"
                  value={groupId}
                  onChange={setGroupId}
                  options={groups.map((g) => ({ value: g.id, label: g.name }))}
                  style={{ width: 200 }}
                />
              )}
            </Flex>
            <RosterExportButton filters={filters} />
          </Flex>
          {pages.isError ? (
            <QueryFailed query={pages} />
          ) : (
            <TownshipMembers
              rows={rows}
              loading={pages.isPending || (pages.isFetching && pages.isPlaceholderData)}
              hasMore={pages.hasNextPage}
              total={pages.data?.pages[0]?.total ?? null}
              loadingMore={pages.isFetchingNextPage}
              refreshing={pages.isPlaceholderData}
              onMore={() => void pages.fetchNextPage()}
              onOpen={setMemberId}
              searching={!!query}
              showGroup={groups.length > 1}
            />
          )}
        </Card>
      </Flex>
      <MemberDrawer memberId={memberId} onClose={() => setMemberId(null)} />
    </>
  );
}
