import { annualReportStatusLabels, memberPostLabels, type AnnualReportListInput } from "@cppcc/domain";
import type { RouterOutputs } from "@cppcc/api";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { defaultReportYear, recordYears } from "@cppcc/ui/duty";
import { PrinterOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Select, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useHref } from "react-router";
import { ReturnReportButton } from "./ReturnReportButton";

type Row = RouterOutputs["annualReport"]["list"]["items"][number];
type Status = Row["status"];

const statusColors: Record<Status, string> = { missing: "default", draft: "blue", submitted: "green", returned: "orange" };

/** Opens the printable reports (one A4 each) in their own tab: one member's, or every submitted one of the year. */
function PrintLink({ year, id, children }: { year: number; id?: string; children: string }) {
  const href = useHref(`/annual-reports/${year}/print${id ? `?ids=${id}` : ""}`);
  return (
    <Button size={id ? "small" : "middle"} icon={<PrinterOutlined />} href={href} target="_blank">
      {children}
    </Button>
  );
}

/**
 * 常委述职: every standing member of the year with their report's status — who has submitted and who
 * not — returned for revision with a reason, printed one by one or all together.
 */
export function AnnualReportsPage() {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<AnnualReportListInput>({ year: defaultReportYear(), status: null });
  const list = useQuery({ ...trpc.annualReport.list.queryOptions(filters), placeholderData: keepPreviousData });
  const data = list.data;
  return (
    <>
      <PageTitle title="常委述职" subtitle="常委根据履职档案撰写年度述职；提交后在此审阅、退回修改和打印" />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
          <Flex gap={12} wrap align="center">
            <Select aria-label="年度" style={{ width: 100 }} value={filters.year} options={recordYears().map((y) => ({ value: y, label: `${y} 年` }))} onChange={(year) => setFilters((f) => ({ ...f, year }))} />
            <Select
              aria-label="状态"
              allowClear
              placeholder="全部状态"
              style={{ width: 140 }}
              value={filters.status ?? null}
              options={(["missing", "draft", "submitted", "returned"] as const).map((s) => ({ value: s, label: annualReportStatusLabels[s] }))}
              onChange={(status: Status | null | undefined) => setFilters((f) => ({ ...f, status: status ?? null }))}
            />
            {data && (
              <Typography.Text type="secondary" data-testid="report-counts">
                常委 {data.counts.total} 人，已提交 {data.counts.submitted} 人，退回修改 {data.counts.returned} 人；{data.opensOn} 起提交，{data.dueOn} 截止
              </Typography.Text>
            )}
          </Flex>
          <PrintLink year={filters.year}>打印全部已提交</PrintLink>
        </Flex>
        {list.isError ? (
          <QueryFailed query={list} />
        ) : (
          <Table<Row>
            rowKey="memberId"
            size="middle"
            loading={list.isFetching}
            dataSource={data?.items}
            pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 位常委`, showSizeChanger: false }}
            locale={{ emptyText: "没有符合条件的常委" }}
            columns={[
              { title: "姓名", dataIndex: "name", width: 100 },
              { title: "职务", dataIndex: "post", width: 80, render: (p: Row["post"]) => memberPostLabels[p] },
              { title: "界别", dataIndex: "sector", width: 140 },
              {
                title: "状态",
                key: "status",
                width: 150,
                render: (_, r) => (
                  <Space size={4}>
                    <Tag color={statusColors[r.status]}>{annualReportStatusLabels[r.status]}</Tag>
                    {r.late && <Tag color="red">逾期</Tag>}
                  </Space>
                ),
              },
              { title: "提交时间", dataIndex: "submittedAt", width: 150, render: (v: Date | null, r) => (v && r.status === "submitted" ? dayjs(v).tz().format("YYYY-MM-DD HH:mm") : "—") },
              { title: "退回理由", dataIndex: "returnReason", render: (v: string | null, r) => (r.status === "returned" ? v : "") },
              {
                title: "操作",
                key: "op",
                width: 180,
                render: (_, r) =>
                  r.status === "submitted" && r.id ? (
                    <Space size={4}>
                      <PrintLink year={filters.year} id={r.id}>
                        打印
                      </PrintLink>
                      <ReturnReportButton id={r.id} version={r.version!} name={r.name} />
                    </Space>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
