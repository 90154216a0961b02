import { PlusOutlined } from "@ant-design/icons";
import { categoryLabel, suggestionAuthorKindLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { LoadMore } from "@cppcc/ui/antd/roster";
import { dayText } from "@cppcc/ui/roster";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Flex, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import type { ConsultationDetail, SuggestionRow } from "../../shared/types";
import { useConsultationOptions } from "../../shared/useConsultationOptions";
import { CloseDialog } from "./CloseDialog";
import { RecordSuggestionDialog } from "./RecordSuggestionDialog";
import { RouteDialog } from "./RouteDialog";
import { SuggestionStateTag } from "./SuggestionStateTag";
import { TextStepDialog } from "./TextStepDialog";

type Open = { step: "route" | "recall" | "answer" | "close"; suggestion: SuggestionRow } | null;

/** 意见建议: recorded at the meeting or sent by members, each routed to a unit, answered and closed (销号). */
export function SuggestionsPanel({ consultation: c }: { consultation: ConsultationDetail }) {
  const trpc = useTRPC();
  const options = useConsultationOptions();
  const [recording, setRecording] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const pages = useInfiniteQuery(
    trpc.consultation.suggestion.list.infiniteQueryOptions({ consultationId: c.id, limit: 50 }, { getNextPageParam: (p) => p.nextCursor ?? undefined }),
  );
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const collecting = c.attendanceOpen;
  const category = categoryLabel;
  const author = (s: SuggestionRow) =>
    s.authorKind === "member" ? `${s.authorMemberName ?? ""}委员` : [suggestionAuthorKindLabels[s.authorKind], s.authorUnitName, s.authorName].filter(Boolean).join(" · ");
  // The office answers only on a unit's behalf (its letter on paper), so the button says so.
  const shown = ["route", "recall", "answer", "close"] as const;
  const onBehalf: Partial<Record<(typeof shown)[number], string>> = { answer: "代录答复" };

  const columns: TableColumnsType<SuggestionRow> = [
    {
      title: "意见建议",
      dataIndex: "content",
      render: (text: string, s) => (
        <Flex vertical gap={2}>
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: "展开" }} style={{ margin: 0 }}>
            {text}
          </Typography.Paragraph>
          {s.answer && (
            <Typography.Text type="secondary">
              {s.handlingUnitName}答复：{s.answer}
            </Typography.Text>
          )}
          {s.result && (
            <Typography.Text type="secondary">
              销号：{options.data?.suggestionResultLabels[s.result] ?? s.result}
              {s.resultReason && `（${s.resultReason}）`}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: "提出人", key: "author", width: 150, render: (_: unknown, s) => author(s) },
    { title: "分类", dataIndex: "category", width: 100, render: category },
    {
      title: "承办 / 期限",
      key: "unit",
      width: 160,
      render: (_: unknown, s) =>
        s.handlingUnitName ? (
          <Flex vertical>
            <span>{s.handlingUnitName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.deadline ? `${dayText(s.deadline)}前答复` : ""}
            </Typography.Text>
          </Flex>
        ) : (
          "—"
        ),
    },
    { title: "状态", dataIndex: "deadlineStatus", width: 120, render: (st: SuggestionRow["deadlineStatus"]) => <SuggestionStateTag status={st} /> },
    {
      title: "操作",
      key: "actions",
      width: 170,
      render: (_: unknown, s) => {
        const steps = s.steps.flatMap((st) => (shown as readonly string[]).includes(st.type) ? [{ ...st, type: st.type as (typeof shown)[number] }] : []);
        return (
          <Flex gap={4} wrap>
            {steps.map((step) => (
              <Button
                key={step.type}
                size="small"
                type={step.kind === "primary" ? "primary" : "default"}
                ghost={step.type === "close"}
                danger={step.kind === "danger"}
                onClick={() => setOpen({ step: step.type, suggestion: s })}
              >
                {onBehalf[step.type] ?? step.label}
              </Button>
            ))}
          </Flex>
        );
      },
    },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">每条意见建议逐条交办承办单位、跟踪答复，办结后销号。</Typography.Text>
        {collecting && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            登记意见建议
          </Button>
        )}
      </Flex>
      <Table<SuggestionRow> rowKey="id" size="small" columns={columns} dataSource={rows} loading={pages.isPending} pagination={false} scroll={{ x: 900 }} locale={{ emptyText: "暂无意见建议" }} />
      <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="条" />
      {recording && <RecordSuggestionDialog consultationId={c.id} onClose={() => setRecording(false)} />}
      {open?.step === "route" && <RouteDialog suggestion={open.suggestion} onClose={() => setOpen(null)} />}
      {open?.step === "close" && <CloseDialog suggestion={open.suggestion} onClose={() => setOpen(null)} />}
      {(open?.step === "recall" || open?.step === "answer") && <TextStepDialog step={open.step} suggestion={open.suggestion} onClose={() => setOpen(null)} />}
    </>
  );
}
