import { useDebounced, useTRPC } from "@cppcc/ui";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Button, CheckList, ErrorBlock, InfiniteScroll, Popup, SafeArea, SearchBar, Tag } from "antd-mobile";
import { useState } from "react";

type Props = {
  visible: boolean;
  onClose: () => void;
  /** The session's term: only its members can co-sign. */
  termId: string | undefined;
  /** The member themself and those already on the list (a member who declined may be asked again). */
  taken: ReadonlyMap<string, string>;
  inviting: boolean;
  onInvite: (memberIds: string[]) => Promise<boolean>;
};

/** 邀请联名: find fellow members by name or pinyin initials, tick several, invite them at once. */
export function InvitePopup({ visible, onClose, termId, taken, inviting, onInvite }: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 300);
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const pages = useInfiniteQuery(
    trpc.roster.members.directory.infiniteQueryOptions(
      { termId, query: query || undefined, limit: 30 },
      { enabled: visible, getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const toggle = (ids: string[]) => {
    const next = new Map<string, string>();
    for (const id of ids) next.set(id, chosen.get(id) ?? rows.find((r) => r.id === id)?.name ?? "");
    setChosen(next);
  };
  const invite = async () => {
    if (await onInvite([...chosen.keys()])) {
      setChosen(new Map());
      setText("");
      onClose();
    }
  };
  return (
    <Popup visible={visible} onMaskClick={onClose} onClose={onClose} showCloseButton bodyStyle={{ height: "80dvh", borderTopLeftRadius: 12, borderTopRightRadius: 12, display: "flex", flexDirection: "column" }}>
      <div style={{ padding: "14px 16px 8px", fontSize: 17, fontWeight: 600 }}>邀请联名委员</div>
      <div id="cosigner-search" style={{ padding: "0 12px 8px" }}>
        <SearchBar placeholder="搜索姓名或拼音首字母，如 zsf" value={text} onChange={setText} maxLength={30} aria-label="搜索委员" />
      </div>
      {chosen.size > 0 && (
        <div style={{ padding: "0 12px 8px", display: "flex", flexWrap: "wrap", gap: 6 }}>
          {[...chosen].map(([id, name]) => (
            <Tag key={id} color="primary" fill="outline" round onClick={() => toggle([...chosen.keys()].filter((k) => k !== id))}>
              {name} ×
            </Tag>
          ))}
        </div>
      )}
      <div style={{ flex: 1, overflowY: "auto" }}>
        {pages.data && rows.length === 0 && <ErrorBlock status="empty" title="没有找到该委员" description="请换个姓名或拼音首字母试试" />}
        <CheckList multiple value={[...chosen.keys()]} onChange={(v) => toggle(v as string[])}>
          {rows.map((m) => (
            <CheckList.Item
              key={m.id}
              value={m.id}
              disabled={taken.has(m.id)}
              description={`${m.sectorName} · ${m.townshipGroupName}`}
              data-member-id={m.id}
            >
              {m.name}
              {taken.has(m.id) && <span style={{ marginLeft: 8, fontSize: 12, color: "#999" }}>{taken.get(m.id)}</span>}
            </CheckList.Item>
          ))}
        </CheckList>
        {pages.data && rows.length > 0 && (
          <InfiniteScroll loadMore={async () => void (await pages.fetchNextPage())} hasMore={pages.hasNextPage}>
            {(hasMore, failed, retry) => (failed ? <span onClick={retry}>加载失败，点此重试</span> : hasMore ? "加载中…" : "")}
          </InfiniteScroll>
        )}
      </div>
      <div style={{ padding: "8px 12px", borderTop: "1px solid #eee" }}>
        <Button block color="primary" size="large" disabled={chosen.size === 0} loading={inviting} onClick={() => void invite()}>
          {chosen.size > 0 ? `邀请联名（${chosen.size} 人）` : "邀请联名"}
        </Button>
        <SafeArea position="bottom" />
      </div>
    </Popup>
  );
}
