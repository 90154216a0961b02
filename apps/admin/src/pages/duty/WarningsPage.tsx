import { memberPostLabels } from "@cppcc/domain";
import { downloadBase64, errorMessage, useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { MemberDrawer } from "@cppcc/ui/antd/roster";
import { recordYears, tableText, type DutyWarningItem, type DutyWarningsFilters } from "@cppcc/ui/duty";
import { DownloadOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Flex, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { DutyFilters } from "./DutyFilters";
import { DutyRecordSection } from "./DutyRecordSection";
import { PrintRecordButton } from "./PrintRecordButton";
import { WarningActionButton } from "./WarningActionButton";

/**
 * 履职预警: the members whose year is in the table's lowest band or whose term meets an exit trigger,
 * why (rule and figures), and what the office has done — it records each talk or warning here.
 */
export function WarningsPage() {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<DutyWarningsFilters>({ year: recordYears()[0]! });
  const [open, setOpen] = useState<string | null>(null);
  const warnings = useQuery({ ...trpc.duty.warnings.queryOptions(filters), placeholderData: keepPreviousData });
  const exporter = useMutation(
    trpc.duty.exportWarnings.mutationOptions({
      onSuccess: (r) => {
        downloadBase64(r.fileName, r.file);
        void message.success(`已导出 ${r.rows} 位委员：${r.fileName}`);
      },
      onError: (error) => void message.error(`导出失败：${errorMessage(error)}`),
    }),
  );
  const set = (patch: Partial<DutyWarningsFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const data = warnings.data;
  return (
    <>
      <PageTitle title="履职预警" subtitle="考评处于最低档次或触发退出机制条款的委员；逐一谈话提醒、书面警示或建议辞去委员，并在此记录" />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={8} wrap style={{ marginBottom: 8 }} justify="space-between">
          <DutyFilters filters={filters} onChange={set}>
            <Space>
              <Switch aria-label="只看未处理" checked={filters.unhandledOnly === true} onChange={(on) => set({ unhandledOnly: on })} />
              只看未处理
            </Space>
          </DutyFilters>
          <Button icon={<DownloadOutlined />} loading={exporter.isPending} disabled={!data?.table} onClick={() => exporter.mutate(filters)}>
            导出 Excel
          </Button>
        </Flex>
        {data && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {tableText(data.table)}
          </Typography.Paragraph>
        )}
        {warnings.isError ? (
          <QueryFailed query={warnings} />
        ) : (
          <Table<DutyWarningItem>
            rowKey="memberId"
            size="middle"
            loading={warnings.isFetching}
            dataSource={data?.items}
            pagination={{ pageSize: 30, showTotal: (n) => `共 ${n} 位委员`, showSizeChanger: false }}
            locale={{ emptyText: data && !data.table ? "本年度尚未建立考评表，请先在“履职考评”中建立" : "没有需要预警的委员" }}
            columns={[
              {
                title: "姓名",
                dataIndex: "name",
                width: 110,
                render: (name: string, r) => (
                  <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(r.memberId)}>
                    {name}
                  </Button>
                ),
              },
              { title: "职务", dataIndex: "post", width: 70, render: (p: DutyWarningItem["post"]) => memberPostLabels[p] },
              { title: "界别 / 小组", key: "where", width: 140, render: (_, r) => `${r.sector} / ${r.townshipGroup}` },
              { title: "总分", dataIndex: "total", width: 70, render: (v: number, r) => <Tag color={r.band.lowest ? "red" : "green"}>{`${v} ${r.band.label}`}</Tag> },
              {
                title: "预警原因",
                key: "reasons",
                render: (_, r) => (
                  <Flex vertical gap={4}>
                    {r.reasons.map((x) => (
                      <div key={x.code}>
                        <strong>{x.rule}</strong>：{x.text}
                        {x.consequence && <Typography.Text type="secondary">（{x.consequence}）</Typography.Text>}
                      </div>
                    ))}
                  </Flex>
                ),
              },
              {
                title: "已处理",
                key: "actions",
                width: 240,
                render: (_, r) =>
                  r.actions.length === 0 ? (
                    <Tag color="orange">未处理</Tag>
                  ) : (
                    <Flex vertical gap={4}>
                      {r.actions.map((a) => (
                        <div key={a.id}>
                          <Tag>{a.actionLabel}</Tag>
                          {a.actedOn} {a.note}
                          {a.recordedBy && <Typography.Text type="secondary">（{a.recordedBy}记录）</Typography.Text>}
                        </div>
                      ))}
                    </Flex>
                  ),
              },
              {
                title: "操作",
                key: "op",
                width: 140,
                render: (_, r) => (
                  <Space orientation="vertical" size={4}>
                    <WarningActionButton memberId={r.memberId} name={r.name} year={filters.year} />
                    <PrintRecordButton memberId={r.memberId} year={filters.year} />
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <MemberDrawer memberId={open} onClose={() => setOpen(null)} extra={(m) => <DutyRecordSection memberId={m.id} />} />
    </>
  );
}
