import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Select, Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link, useSearchParams } from "react-router";
import { StatusTag } from "../shared/StatusTag";
import type { KeyProposalRow } from "../shared/types";
import { useProposalOptions } from "../shared/useProposalOptions";

/** 重点提案: the proposals city leaders take charge of, with the follow-up reviews that are due. */
export function KeyProposalsPage() {
  const trpc = useTRPC();
  const options = useProposalOptions();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get("session") ?? options.data?.currentSessionId ?? undefined;
  const list = useQuery(trpc.proposal.keyProposals.queryOptions({ sessionId }, { enabled: options.isSuccess }));
  const columns: TableColumnsType<KeyProposalRow> = [
    { title: "案号", dataIndex: "number", width: 100, render: (n: string | null) => n ?? "—" },
    { title: "标题", dataIndex: "title", render: (t: string, r) => <Link to={`/proposals/${r.id}`}>{t}</Link> },
    { title: "领办领导", key: "sponsor", width: 160, render: (_: unknown, r) => `${r.sponsorTitle} ${r.sponsorName}` },
    { title: "状态", dataIndex: "status", width: 110, render: (s: KeyProposalRow["status"]) => <StatusTag status={s} /> },
    { title: "办理期限", dataIndex: "dueOn", width: 110, render: (d: string | null) => d ?? "—" },
    {
      title: "回头看",
      key: "followUp",
      width: 200,
      render: (_: unknown, r) =>
        r.followUpHeldOn ? (
          <Typography.Text>{r.followUpHeldOn} 已开展</Typography.Text>
        ) : r.followUpDue ? (
          <Tag color="red">已到期未开展（{r.followUpOn}）</Tag>
        ) : (
          <Typography.Text type="secondary">{r.followUpOn ? `定于 ${r.followUpOn}` : "未定"}</Typography.Text>
        ),
    },
  ];
  if (options.isError) return <QueryFailed query={options} />;
  return (
    <>
      <PageTitle title="重点提案" subtitle="由市领导领办的重点提案，及其回头看安排；到期未开展回头看的标红提示" />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={8} style={{ marginBottom: 16 }}>
          <Select
            aria-label="届次会议"
            value={sessionId ?? null}
            onChange={(v: string) => setParams({ session: v }, { replace: true })}
            options={(options.data?.sessions ?? []).map((s) => ({ value: s.id, label: s.label }))}
            style={{ width: 200 }}
          />
        </Flex>
        {list.isError ? (
          <QueryFailed query={list} />
        ) : (
          <Table<KeyProposalRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data ?? []}
            loading={list.isPending}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: <Empty description="本次会议尚无重点提案" /> }}
          />
        )}
      </Card>
    </>
  );
}
