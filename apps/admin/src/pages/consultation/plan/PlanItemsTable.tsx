import { PlusOutlined } from "@ant-design/icons";
import { planItemProgressLabels, planItemProgresses } from "@cppcc/domain";
import { dayText } from "@cppcc/ui/roster";
import { Button, Flex, Table, Typography, type TableColumnsType } from "antd";
import { Link, useNavigate } from "react-router";
import { StateTag } from "../shared/StateTag";
import type { PlanItem, YearPlan } from "../shared/types";
import { ProgressTag } from "./ProgressTag";

const distinct = (values: (string | null)[]) => [...new Set(values.map((v) => v ?? "—"))].map((v) => ({ text: v, value: v }));

/**
 * The plan's items by format, quarter and lead committee, each with its progress and the consultation carrying it out;
 * `awaitingOnly` keeps those whose quarter has come with no date fixed (the home's 计划待安排, judged by the server).
 */
export function PlanItemsTable({ plan, awaitingOnly = false }: { plan: YearPlan; awaitingOnly?: boolean }) {
  const navigate = useNavigate();
  const columns: TableColumnsType<PlanItem> = [
    { title: "序号", key: "n", width: 64, render: (_: unknown, __, i) => i + 1 },
    {
      title: "协商形式",
      dataIndex: "formatName",
      width: 160,
      filters: distinct(plan.items.map((i) => i.formatName)),
      onFilter: (v, r) => r.formatName === v,
    },
    { title: "协商议题", dataIndex: "topic", render: (t: string, r) => <Flex vertical>{t}{r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}</Flex> },
    {
      title: "时间",
      dataIndex: "period",
      width: 96,
      filters: distinct(plan.items.map((i) => i.period)),
      onFilter: (v, r) => r.period === v,
      sorter: (a, b) => (a.quarter ?? 5) - (b.quarter ?? 5),
    },
    {
      title: "牵头专委会",
      dataIndex: "leadCommitteeName",
      width: 170,
      render: (n: string | null) => n ?? "—",
      filters: distinct(plan.items.map((i) => i.leadCommitteeName)),
      onFilter: (v, r) => (r.leadCommitteeName ?? "—") === v,
    },
    {
      title: "进度",
      dataIndex: "progress",
      width: 100,
      render: (p: PlanItem["progress"]) => <ProgressTag progress={p} />,
      filters: planItemProgresses.map((p) => ({ text: planItemProgressLabels[p], value: p })),
      onFilter: (v, r) => r.progress === v,
    },
    {
      title: "落实情况",
      key: "consultation",
      width: 260,
      render: (_: unknown, r) =>
        r.consultation ? (
          <Flex vertical gap={2}>
            <Link to={`/consultations/${r.consultation.id}`}>{r.consultation.title}</Link>
            <Flex gap={8} align="center">
              <StateTag state={r.consultation.state} />
              <Typography.Text type="secondary">
                {r.consultation.heldOn ? `${dayText(r.consultation.heldOn)}召开` : r.consultation.plannedDate ? `定于${dayText(r.consultation.plannedDate)}` : "未定日期"}
              </Typography.Text>
            </Flex>
          </Flex>
        ) : (
          <Button size="small" icon={<PlusOutlined />} onClick={() => void navigate(`/consultations/new?year=${plan.year}&planItem=${r.id}`)}>
            据此创建协商
          </Button>
        ),
    },
  ];
  return (
    <Table<PlanItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={awaitingOnly ? plan.items.filter((i) => i.awaitingSchedule) : plan.items}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: awaitingOnly ? "没有待安排的计划项目" : "计划中还没有协商项目" }}
    />
  );
}
