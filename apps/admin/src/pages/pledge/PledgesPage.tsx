import { memberPostLabels, pledgeItemStatusLabels, type PledgeItemStatus, type PledgeListInput } from "@cppcc/domain";
import type { RouterOutputs } from "@cppcc/api";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { recordYears } from "@cppcc/ui/duty";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, Flex, Radio, Select, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { JudgeItemButton } from "./JudgeItemButton";

type Row = RouterOutputs["pledge"]["list"]["items"][number];

export const pledgeStatusColors: Record<PledgeItemStatus, string> = { met: "green", notMet: "red", inProgress: "blue", toJudge: "orange" };

/**
 * 履职承诺: a year's pledges, each item checked against the member's record (count reached / target),
 * free-text items judged here once the pledge deadline has passed.
 */
export function PledgesPage() {
  const trpc = useTRPC();
  const thisYear = recordYears()[0]!;
  const [filters, setFilters] = useState<PledgeListInput>({ year: thisYear, show: "all" });
  const list = useQuery({ ...trpc.pledge.list.queryOptions(filters), placeholderData: keepPreviousData });
  const data = list.data;
  return (
    <>
      <PageTitle title="履职承诺" subtitle="委员年度履职承诺，按次数的事项由履职档案自动核对，其他事项截止填报后由办公室认定" />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Select
            aria-label="年度"
            style={{ width: 100 }}
            value={filters.year}
            options={[thisYear + 1, ...recordYears()].map((y) => ({ value: y, label: `${y} 年` }))}
            onChange={(year) => setFilters((f) => ({ ...f, year }))}
          />
          <Radio.Group
            optionType="button"
            value={filters.show}
            onChange={(e) => setFilters((f) => ({ ...f, show: e.target.value as PledgeListInput["show"] }))}
            options={[
              { value: "all", label: "全部" },
              { value: "unmet", label: "有未完成" },
              { value: "toJudge", label: "待认定" },
            ]}
          />
          {data && (
            <Typography.Text type="secondary">
              {data.locked ? `已于 ${data.dueOn} 截止填报` : `委员可在 ${data.dueOn} 前填写和修改`}
            </Typography.Text>
          )}
        </Flex>
        {list.isError ? (
          <QueryFailed query={list} />
        ) : (
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={data?.items}
            pagination={{ pageSize: 30, showTotal: (n) => `共 ${n} 份承诺`, showSizeChanger: false }}
            locale={{ emptyText: "没有符合条件的履职承诺" }}
            columns={[
              { title: "姓名", dataIndex: "name", width: 100 },
              { title: "职务", dataIndex: "post", width: 70, render: (p: Row["post"]) => memberPostLabels[p] },
              { title: "界别", dataIndex: "sector", width: 120 },
              {
                title: "承诺事项与核对",
                key: "items",
                render: (_, r) => (
                  <Flex vertical gap={4}>
                    {r.items.map((item, i) => (
                      <Flex key={i} gap={8} align="center" wrap>
                        <Tag color={pledgeStatusColors[item.status]}>{pledgeItemStatusLabels[item.status]}</Tag>
                        <span>{item.label}</span>
                        {item.type === "count" && <Typography.Text type="secondary">（档案 {item.count} / 承诺 {item.target}）</Typography.Text>}
                        {item.judgement?.note && <Typography.Text type="secondary">（{item.judgement.note}）</Typography.Text>}
                        {item.type === "text" && data?.locked && <JudgeItemButton pledgeId={r.id} index={i} name={r.name} label={item.label} />}
                      </Flex>
                    ))}
                  </Flex>
                ),
              },
              {
                title: "汇总",
                key: "counts",
                width: 150,
                render: (_, r) => `完成 ${r.counts.met} · 未完成 ${r.counts.notMet} · 进行中 ${r.counts.inProgress} · 待认定 ${r.counts.toJudge}`,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
