import { useTRPC } from "@cppcc/ui";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Button, ErrorBlock, InfiniteScroll, List } from "antd-mobile";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MobileLoadFailed } from "../../shell/MobileLoadFailed";
import { MobileLoading } from "../../shell/MobileLoading";
import { ActivityCard } from "./ActivityCard";
import { checkInPhase } from "./checkInPhase";
import { LeavePopup } from "./LeavePopup";
import type { MyInvitation } from "./types";

// Undated meetings after dated ones; the nearest first.
const when = (i: MyInvitation) => `${i.plannedDate ?? "9999"} ${i.startTime ?? ""}`;
const byDate = (a: MyInvitation, b: MyInvitation) => when(a).localeCompare(when(b));

/**
 * 我的活动: the consultations the member is invited to, those still to come first (with 接受邀请
 * and 请假), then the past ones; 签到 at the top while a meeting's check-in is open (a scanned QR
 * code opens the check-in page by itself, so the button is for typing the code).
 */
export function ActivitiesPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState<MyInvitation | null>(null);
  const upcoming = useQuery(trpc.consultation.invitation.mine.queryOptions({ upcoming: true, limit: 100 }));
  const all = useInfiniteQuery(
    trpc.consultation.invitation.mine.infiniteQueryOptions({ limit: 30 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  if (upcoming.isPending || all.isPending) return <MobileLoading />;
  if (upcoming.isError) return <MobileLoadFailed error={upcoming.error} retry={() => void upcoming.refetch()} />;
  if (all.isError) return <MobileLoadFailed error={all.error} retry={() => void all.refetch()} />;
  const coming = [...upcoming.data.items].sort(byDate);
  const checkInOpen = coming.some((i) => checkInPhase(i.consultationState, i.checkInWindow, i.checkedInAt != null) === "open");
  const comingIds = new Set(coming.map((i) => i.id));
  // An invitation to a draft has not been sent yet, as far as the member is concerned.
  const past = all.data.pages.flatMap((p) => p.items).filter((i) => !comingIds.has(i.id) && i.consultationState !== "draft");
  return (
    <>
      {checkInOpen && (
        <div style={{ padding: "12px 12px 0" }}>
          <Button block color="primary" size="large" onClick={() => void navigate("/check-in")}>
            签到
          </Button>
        </div>
      )}
      {coming.length === 0 && past.length === 0 && <ErrorBlock status="empty" title="还没有协商活动邀请" description="市政协和镇街道邀请您参加协商时，会出现在这里" />}
      {coming.length > 0 && (
        <List header={`待参加（${coming.length}）`} mode="card" data-testid="upcoming-activities">
          {coming.map((i) => (
            <ActivityCard key={i.id} invitation={i} onLeave={setLeaving} />
          ))}
        </List>
      )}
      {past.length > 0 && (
        <List header="历史活动" mode="card" data-testid="past-activities">
          {past.map((i) => (
            <ActivityCard key={i.id} invitation={i} onLeave={setLeaving} />
          ))}
        </List>
      )}
      {past.length > 0 && (
        <InfiniteScroll loadMore={async () => void (await all.fetchNextPage())} hasMore={all.hasNextPage}>
          {(hasMore, failed, retry) => (failed ? <span onClick={retry}>加载失败，点此重试</span> : hasMore ? "加载中…" : "没有更多了")}
        </InfiniteScroll>
      )}
      <LeavePopup invitation={leaving} onClose={() => setLeaving(null)} />
    </>
  );
}
