import type { SuggestionState } from "@cppcc/domain";
import { useOverview, useSignedIn, useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Empty, Flex, Result, Spin, Tabs, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { AnswerDialog } from "./AnswerDialog";
import { DeclineDialog } from "./DeclineDialog";
import { InboxCard } from "./InboxCard";
import type { InboxSuggestion } from "./types";

const tabs: { key: string; label: string; state: SuggestionState | null; empty: string }[] = [
  { key: "routed", label: "待答复", state: "routed", empty: "没有待答复的意见建议" },
  { key: "answered", label: "已答复", state: "answered", empty: "没有等待销号的答复" },
  { key: "closed", label: "已销号", state: "closed", empty: "还没有销号的意见建议" },
  { key: "all", label: "全部", state: null, empty: "还没有交办给本单位的意见建议" },
];

const urgency: Partial<Record<InboxSuggestion["deadlineStatus"], number>> = { overdue: 0, dueSoon: 1 };
const byUrgency = (a: InboxSuggestion, b: InboxSuggestion) =>
  (urgency[a.deadlineStatus] ?? 2) - (urgency[b.deadlineStatus] ?? 2) || (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999");

/**
 * 建议办理: the suggestions townships (and the office) routed to this unit — only those, as the
 * server scopes them — to answer by their deadline or send back when they are not the unit's duty.
 */
export function SuggestionInboxPage() {
  const { account } = useSignedIn();
  const navigate = useNavigate();
  if (account.role !== "handler") {
    return (
      <Result
        status="info"
        title="此页面为承办单位办理意见建议的工作台"
        subTitle="市政协办公室可在「协商活动」中查看各次协商的意见建议及其办理情况。"
        extra={
          <Button type="primary" onClick={() => void navigate("/")}>
            返回工作台
          </Button>
        }
      />
    );
  }
  return <Inbox />;
}

function Inbox() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((t) => t.key === params.get("tab")) ?? tabs[0]!;
  const [answering, setAnswering] = useState<InboxSuggestion | null>(null);
  const [declining, setDeclining] = useState<InboxSuggestion | null>(null);
  const { message } = App.useApp();
  const requestExtension = useMutation(trpc.consultation.suggestion.requestExtension.mutationOptions());
  const options = useQuery(trpc.consultation.options.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const overview = useOverview();
  const townshipName = (id: string | null) => (id ? (overview.data?.townships.find((t) => t.id === id)?.name ?? null) : null);
  const pages = useInfiniteQuery(
    trpc.consultation.suggestion.list.infiniteQueryOptions(
      { state: tab.state, limit: 30 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  const loaded = pages.data?.pages.flatMap((p) => p.items) ?? [];
  // What is waiting is read most urgent first: late, then due soon, then by deadline.
  const rows = tab.state === "routed" ? [...loaded].sort(byUrgency) : loaded;
  const today = dayjs().tz().format("YYYY-MM-DD");
  return (
    <>
      <PageTitle title="建议办理" subtitle="镇街道民生议事堂和各类协商交办给本单位的意见建议：请在答复期限内答复，不属于本单位职责的请退回" />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs activeKey={tab.key} onChange={(key) => setParams({ tab: key }, { replace: true })} items={tabs.map((t) => ({ key: t.key, label: t.label }))} />
        {pages.isError ? (
          <QueryFailed query={pages} />
        ) : pages.isPending ? (
          <Spin style={{ display: "block", margin: "32px auto" }} />
        ) : rows.length === 0 ? (
          <Empty description={tab.empty} />
        ) : (
          <Flex vertical gap={12}>
            {rows.map((s) => (
              <InboxCard
                key={s.id}
                suggestion={s}
                options={options.data}
                townshipName={townshipName(s.townshipId)}
                today={today}
                onAnswer={() => setAnswering(s)}
                onDecline={() => setDeclining(s)}
                onRequestExtension={(v) => requestExtension.mutateAsync({ id: s.id, ...v })}
                onExtensionRequested={() => void message.success("已提交延期申请，等待办公室审批")}
              />
            ))}
            <Flex justify="center" gap={16} align="center">
              <Typography.Text type="secondary">
                已显示 {rows.length} 条{!pages.hasNextPage && "，已全部加载"}
              </Typography.Text>
              {pages.hasNextPage && (
                <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
                  加载更多
                </Button>
              )}
            </Flex>
          </Flex>
        )}
      </Card>
      {answering && <AnswerDialog suggestion={answering} onClose={() => setAnswering(null)} />}
      {declining && <DeclineDialog suggestion={declining} onClose={() => setDeclining(null)} />}
    </>
  );
}
