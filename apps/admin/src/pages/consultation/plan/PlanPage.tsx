import { CheckCircleOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, Empty, Flex, Popconfirm, Select } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ActionError } from "../shared/ActionError";
import { useConsultationRefresh } from "../shared/useConsultationRefresh";
import { PlanEditor } from "./PlanEditor";
import { PlanItemsTable } from "./PlanItemsTable";
import { PlanSummary } from "./PlanSummary";
import { currentYear, planYears } from "./planYears";

/** 年度协商计划: the year's planned consultations, drafted, approved and locked, and followed through the year. */
export function PlanPage() {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || currentYear();
  const awaitingOnly = params.get("due") === "1";
  const [editing, setEditing] = useState(false);
  const plans = useQuery(trpc.consultation.plan.list.queryOptions({ limit: 50 }));
  const plan = useQuery(trpc.consultation.plan.get.queryOptions({ year }));
  const approve = useMutation(
    trpc.consultation.plan.approve.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void message.success(`${year} 年度协商计划已批准并锁定，不能再修改`);
      },
    }),
  );
  const years = planYears(plans.data?.items.map((p) => p.year) ?? []);
  const data = plan.data ?? null;
  const chooseYear = (y: number) => {
    setEditing(false);
    approve.reset();
    setParams({ year: String(y) }, { replace: true });
  };

  const actions =
    data?.state === "approved" || editing ? null : data ? (
      <Flex gap={8}>
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          编辑计划
        </Button>
        <Popconfirm
          title={`批准 ${year} 年度协商计划？`}
          description="批准后计划锁定，不能再增删或修改项目。"
          okText="批准并锁定"
          cancelText="再看看"
          onConfirm={() => approve.mutate({ year, version: data.version })}
        >
          <Button type="primary" icon={<CheckCircleOutlined />} loading={approve.isPending}>
            批准计划
          </Button>
        </Popconfirm>
      </Flex>
    ) : null;

  return (
    <>
      <PageTitle title="年度协商计划" subtitle="按协商形式、季度和牵头专委会安排全年协商；计划经批准后锁定，进度按季度自动跟踪（已完成、进行中、逾期）。" />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Select
          aria-label="年度"
          value={year}
          style={{ width: 140 }}
          options={years.map((y) => ({ value: y, label: `${y} 年度` }))}
          onChange={chooseYear}
        />
        {actions}
      </Flex>
      <ActionError error={approve.error} onRefresh={() => void refresh()} />
      {plan.isPending ? (
        <PageLoading />
      ) : plan.isError ? (
        <QueryFailed query={plan} />
      ) : editing ? (
        <PlanEditor key={`${year}-${data?.version ?? "new"}`} year={year} plan={data} onDone={() => setEditing(false)} />
      ) : data ? (
        <>
          <PlanSummary plan={data} />
          <Card
            title="计划项目"
            extra={
              <Checkbox
                checked={awaitingOnly}
                onChange={(e) => setParams({ year: String(year), ...(e.target.checked ? { due: "1" } : {}) }, { replace: true })}
              >
                只看待安排（已到期、尚未确定会期）
              </Checkbox>
            }
          >
            <PlanItemsTable plan={data} awaitingOnly={awaitingOnly} />
          </Card>
        </>
      ) : (
        <Card>
          <Empty description={`${year} 年度还没有协商计划`}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(true)}>
              编制计划
            </Button>
          </Empty>
        </Card>
      )}
    </>
  );
}
