import { handlingRoleLabels, handlingUnitName } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Card, Empty, Flex, Segmented, Select, Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link, useSearchParams } from "react-router";
import type { OverdueTask } from "../shared/types";
import { useProposalOptions } from "../shared/useProposalOptions";

const emptyText = { overdue: "没有逾期未办的提案", dueSoon: "没有临期的提案", open: "没有未完成的答复或会办意见" } as const;
const footerWord = { overdue: "逾期", dueSoon: "临期", open: "未完成" } as const;

type Props = {
  detailPath: (id: string) => string;
  /** The office narrows the list to one unit; a unit's own list needs no choice. */
  unitFilter?: boolean;
};

/**
 * 超期未办: every reply or co-unit opinion still outstanding after its last day, most overdue
 * first; or 临期 (?window=dueSoon): due within the rule set's farthest reminder, soonest first.
 * The office sees all units (and can narrow to one); a unit sees only its own.
 */
export function OverdueList({ detailPath, unitFilter }: Props) {
  const trpc = useTRPC();
  const options = useProposalOptions();
  const [params, setParams] = useSearchParams();
  const unit = params.get("unit") ?? undefined;
  const asked = params.get("window");
  const deadline = asked === "dueSoon" || asked === "open" ? asked : "overdue";
  const overdue = useQuery(trpc.proposal.overdue.queryOptions({ handlingUnitId: unit, window: deadline }));
  const setParam = (key: "unit" | "window", value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const columns: TableColumnsType<OverdueTask> = [
    { title: "案号", dataIndex: "number", width: 100, render: (n: string | null) => n ?? "—" },
    {
      title: "标题",
      dataIndex: "title",
      render: (t: string, r) => (
        <Flex gap={6} align="center" wrap>
          <Link to={detailPath(r.proposalId)}>{t}</Link>
          {r.isKey && <Tag color="red">重点提案</Tag>}
        </Flex>
      ),
    },
    { title: "承办单位", dataIndex: "unitName", width: 150 },
    { title: "任务", dataIndex: "role", width: 110, render: (role: OverdueTask["role"]) => (role === "co" ? "会办意见" : `答复（${handlingRoleLabels[role]}）`) },
    { title: "期限", dataIndex: "dueOn", width: 110 },
    {
      title: deadline === "dueSoon" ? "剩余" : deadline === "open" ? "剩余 / 逾期" : "逾期",
      key: "days",
      width: 110,
      render: (_v, r) =>
        r.daysLeft === null ? (
          <Typography.Text type="danger" strong>
            {deadline === "open" ? "逾期 " : ""}
            {r.daysOverdue} 天
          </Typography.Text>
        ) : (
          <Typography.Text type={r.daysLeft <= 7 ? "warning" : undefined} strong>
            {r.daysLeft === 0 ? "今天到期" : `${deadline === "open" ? "剩余 " : ""}${r.daysLeft} 天`}
          </Typography.Text>
        ),
    },
  ];
  if (overdue.isError) return <QueryFailed query={overdue} />;
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Segmented
          aria-label="期限"
          value={deadline}
          options={[
            { value: "overdue", label: "已逾期" },
            { value: "dueSoon", label: "临期" },
            { value: "open", label: "全部未完成" },
          ]}
          onChange={(v) => setParam("window", v === "overdue" ? undefined : v)}
        />
        {unitFilter && (
          <Select
            aria-label="承办单位"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            placeholder="全部承办单位"
            value={unit ?? null}
            onChange={(v: string | null | undefined) => setParam("unit", v ?? undefined)}
            options={(options.data?.handlingUnits ?? []).map((u) => ({ value: u.id, label: handlingUnitName(u) }))}
            style={{ width: 200 }}
          />
        )}
      </Flex>
      <Table<OverdueTask>
        rowKey={(r) => `${r.proposalId}-${r.handlingUnitId}-${r.role}`}
        size="middle"
        columns={columns}
        dataSource={overdue.data ?? []}
        loading={overdue.isPending}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description={emptyText[deadline]} /> }}
        footer={() => `共 ${overdue.data?.length ?? 0} 项${footerWord[deadline]}`}
      />
    </>
  );
}

/** The office's page: every unit's overdue work. */
export function OverduePage() {
  return (
    <>
      <PageTitle title="逾期提案" subtitle="已过办理期限（或临近期限）仍未答复、或会办意见未送主办单位的提案；逾期按逾期天数、临期按剩余天数排列" />
      <Card styles={{ body: { padding: 16 } }}>
        <OverdueList detailPath={(id) => `/proposals/${id}`} unitFilter />
      </Card>
    </>
  );
}
