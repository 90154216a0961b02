import { memberPostLabels } from "@cppcc/domain";
import { downloadBase64, errorMessage, useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { MemberDrawer } from "@cppcc/ui/antd/roster";
import { recordYears, type DutyRankingFilters, type DutyRankingItem } from "@cppcc/ui/duty";
import { DownloadOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Flex, Select, Table, Tag } from "antd";
import { useState } from "react";
import { DutyFilters } from "./DutyFilters";
import { DutyRecordSection } from "./DutyRecordSection";
import { PrintRecordButton } from "./PrintRecordButton";
import { TableCard } from "./TableCard";

/**
 * 履职考评排名: every member's total for a year under the year's table, filtered by sector, township
 * group, committee or standing membership; open a member to see the record behind the total.
 */
export function RankingPage() {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<DutyRankingFilters>({ year: recordYears()[0]! });
  const [open, setOpen] = useState<string | null>(null);
  const ranking = useQuery({ ...trpc.duty.ranking.queryOptions(filters), placeholderData: keepPreviousData });
  const exporter = useMutation(
    trpc.duty.exportRanking.mutationOptions({
      onSuccess: (r) => {
        downloadBase64(r.fileName, r.file);
        void message.success(`已导出 ${r.rows} 位委员：${r.fileName}`);
      },
      onError: (error) => void message.error(`导出失败：${errorMessage(error)}`),
    }),
  );
  const set = (patch: Partial<DutyRankingFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const categories = ranking.data?.items[0]?.categories ?? [];
  return (
    <>
      <PageTitle title="履职考评排名" subtitle="按年度考评表计算每位委员的得分；点击姓名查看履职档案及每一分的来源" />
      <TableCard year={filters.year} />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={8} wrap style={{ marginBottom: 16 }} justify="space-between">
          <DutyFilters filters={filters} onChange={set}>
            <Select
              aria-label="常委"
              allowClear
              placeholder="常委/委员"
              style={{ width: 120 }}
              value={filters.standing == null ? null : filters.standing ? "yes" : "no"}
              options={[
                { value: "yes", label: "常委" },
                { value: "no", label: "非常委" },
              ]}
              onChange={(v: string | null | undefined) => set({ standing: v == null ? null : v === "yes" })}
            />
          </DutyFilters>
          <Button icon={<DownloadOutlined />} loading={exporter.isPending} disabled={!ranking.data?.table} onClick={() => exporter.mutate(filters)}>
            导出 Excel
          </Button>
        </Flex>
        {ranking.isError ? (
          <QueryFailed query={ranking} />
        ) : (
          <Table<DutyRankingItem>
            rowKey="memberId"
            size="middle"
            loading={ranking.isFetching}
            dataSource={ranking.data?.items}
            pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 位委员`, showSizeChanger: false }}
            locale={{ emptyText: ranking.data && !ranking.data.table ? "本年度尚未建立考评表，请先在上方建立" : "没有符合条件的委员" }}
            columns={[
              { title: "名次", dataIndex: "rank", width: 70 },
              {
                title: "姓名",
                dataIndex: "name",
                render: (name: string, r) => (
                  <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(r.memberId)}>
                    {name}
                  </Button>
                ),
              },
              { title: "职务", dataIndex: "post", width: 80, render: (p: DutyRankingItem["post"]) => memberPostLabels[p] },
              { title: "界别", dataIndex: "sector" },
              { title: "委员小组", dataIndex: "townshipGroup" },
              ...categories.map((c, i) => ({ title: c.label, key: c.code, width: 90, render: (_: unknown, r: DutyRankingItem) => r.categories[i]?.subtotal })),
              { title: "总分", dataIndex: "total", width: 80, render: (v: number) => <strong>{v}</strong> },
              { title: "档次", key: "band", width: 90, render: (_, r) => <Tag color={r.band.lowest ? "red" : "green"}>{r.band.label}</Tag> },
              { title: "未达基本要求", key: "unmet", render: (_, r) => r.unmetMinimums.join("；") || "—" },
              { title: "年度档案", key: "print", width: 130, render: (_, r) => <PrintRecordButton memberId={r.memberId} year={filters.year} /> },
            ]}
          />
        )}
      </Card>
      <MemberDrawer memberId={open} onClose={() => setOpen(null)} extra={(m) => <DutyRecordSection memberId={m.id} />} />
    </>
  );
}
