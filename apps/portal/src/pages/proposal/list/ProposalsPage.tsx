import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { Button, ErrorBlock, InfiniteScroll, List, Tabs } from "antd-mobile";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MobileLoadFailed } from "../../../shell/MobileLoadFailed";
import { MobileLoading } from "../../../shell/MobileLoading";
import { InvitationList } from "./InvitationList";
import { ProposalRow } from "./ProposalRow";
import { statusGroups, type StatusGroupKey } from "./statusGroups";
import { useProposalPages } from "./useProposalPages";

/**
 * 我的提案: invitations to co-sign waiting for an answer on top, a button to start a proposal,
 * then the member's proposals (led or co-signed) by where they are.
 */
export function ProposalsPage() {
  const navigate = useNavigate();
  const trpc = useTRPC();
  const [groupKey, setGroupKey] = useState<StatusGroupKey>("all");
  const group = statusGroups.find((g) => g.key === groupKey)!;
  const pages = useProposalPages(group.statuses);
  // An invitation is listed above with its buttons; not twice.
  const invited = new Set(useQuery(trpc.proposal.invitations.queryOptions()).data?.map((i) => i.id));
  const rows = (pages.data?.pages.flatMap((p) => p.items) ?? []).filter((p) => !invited.has(p.id));
  const open = (p: (typeof rows)[number]) =>
    void navigate(p.status === "draft" && p.myPart === "lead" ? `/proposals/${p.id}/edit` : `/proposals/${p.id}`);
  return (
    <>
      <InvitationList />
      <div style={{ padding: "12px 12px 0" }}>
        <Button block color="primary" size="large" onClick={() => void navigate("/proposals/new")}>
          新建提案
        </Button>
      </div>
      <Tabs activeKey={groupKey} onChange={(k) => setGroupKey(k as StatusGroupKey)} style={{ "--content-padding": "0", marginTop: 4 } as never}>
        {statusGroups.map((g) => (
          <Tabs.Tab key={g.key} title={g.title} />
        ))}
      </Tabs>
      {pages.isPending && <MobileLoading />}
      {pages.isError && <MobileLoadFailed error={pages.error} retry={() => void pages.refetch()} />}
      {pages.data && rows.length === 0 && (
        <ErrorBlock status="empty" title={groupKey === "all" ? "还没有提案" : `没有${group.title}的提案`} description={groupKey === "all" ? "点击「新建提案」开始撰写，草稿会自动保存" : ""} />
      )}
      {rows.length > 0 && (
        <List mode="card" style={{ marginTop: 0 }} data-testid="proposal-list">
          {rows.map((p) => (
            <ProposalRow key={p.id} proposal={p} onOpen={() => open(p)} />
          ))}
        </List>
      )}
      {pages.data && rows.length > 0 && (
        <InfiniteScroll loadMore={async () => void (await pages.fetchNextPage())} hasMore={pages.hasNextPage}>
          {(hasMore, failed, retry) => (failed ? <span onClick={retry}>加载失败，点此重试</span> : hasMore ? "加载中…" : `共 ${rows.length} 件`)}
        </InfiniteScroll>
      )}
    </>
  );
}
