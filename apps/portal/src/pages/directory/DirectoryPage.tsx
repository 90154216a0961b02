import { useDebounced } from "@cppcc/ui";
import { useDirectoryPages, type DirectoryItem } from "@cppcc/ui/roster";
import { ErrorBlock, InfiniteScroll, List, SearchBar } from "antd-mobile";
import { useState } from "react";
import { MobileLoadFailed } from "../../shell/MobileLoadFailed";
import { MobileLoading } from "../../shell/MobileLoading";
import { DirectoryRow, directoryRowCss } from "./DirectoryRow";
import { FellowMemberPopup } from "./FellowMemberPopup";

/**
 * 委员通讯录: fellow members of the term with their public fields (phones masked by the API),
 * found by name or pinyin initials, loaded a page at a time as the list scrolls.
 */
export function DirectoryPage() {
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 300);
  const pages = useDirectoryPages({ query: query || undefined });
  const [open, setOpen] = useState<DirectoryItem | null>(null);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <style>{directoryRowCss}</style>
      <div style={{ position: "sticky", top: 0, zIndex: 1, padding: "10px 12px", background: "#f5f5f5" }}>
        <SearchBar placeholder="搜索姓名、拼音首字母或工作单位" value={text} onChange={setText} maxLength={30} clearable aria-label="搜索委员" />
      </div>
      {pages.isPending && <MobileLoading />}
      {pages.isError && <MobileLoadFailed error={pages.error} retry={() => void pages.refetch()} />}
      {pages.data && rows.length === 0 && <ErrorBlock status="empty" title={query ? "没有找到该委员" : "暂无委员"} description={query ? "请换个姓名或拼音首字母试试" : ""} />}
      {rows.length > 0 && (
        <List mode="card" style={{ margin: "0 12px" }}>
          {rows.map((m) => (
            <DirectoryRow key={m.id} member={m} onOpen={() => setOpen(m)} />
          ))}
        </List>
      )}
      {pages.data && rows.length > 0 && (
        <InfiniteScroll loadMore={async () => void (await pages.fetchNextPage())} hasMore={pages.hasNextPage}>
          {(hasMore, failed, retry) =>
            failed ? (
              <span onClick={retry}>加载失败，点此重试</span>
            ) : hasMore ? (
              "加载中…"
            ) : (
              `共 ${rows.length} 位委员`
            )
          }
        </InfiniteScroll>
      )}
      <FellowMemberPopup member={open} onClose={() => setOpen(null)} />
    </>
  );
}
