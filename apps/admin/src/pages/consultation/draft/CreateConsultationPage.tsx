import { consultationFormats, contactNameOf } from "@cppcc/domain";
import { useSignedIn, useTRPC } from "@cppcc/ui";
import { PageTitle, ServerAlert } from "@cppcc/ui/antd";
import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Flex, Form } from "antd";
import { useEffect } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useServerProblems } from "../../../forms/useServerProblems";
import { currentYear } from "../plan/planYears";
import { useConsultationRefresh } from "../shared/useConsultationRefresh";
import { DraftFields } from "./DraftFields";
import { draftFieldNames, toDraft, type DraftValues } from "./draftValues";

/** 新建协商: a draft from the format catalogue, or from an item of the year's plan (?year=&planItem=). */
export function CreateConsultationPage() {
  const trpc = useTRPC();
  const { account } = useSignedIn();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [params] = useSearchParams();
  const year = Number(params.get("year")) || currentYear();
  const planItemId = params.get("planItem");
  const [form] = Form.useForm<DraftValues>();
  const problems = useServerProblems(form, draftFieldNames);
  const plan = useQuery(trpc.consultation.plan.get.queryOptions({ year }, { enabled: !!planItemId }));
  const create = useMutation(
    trpc.consultation.create.mutationOptions({
      onSuccess: async (row) => {
        await refresh();
        void message.success("协商已创建（草稿）");
        void navigate(`/consultations/${row.id}`, { replace: true });
      },
      onError: problems.show,
    }),
  );
  // Started from a plan item: its format, topic, quarter and committee fill the form once the plan arrives.
  const item = plan.data?.items.find((i) => i.id === planItemId);
  useEffect(() => {
    if (!item) return;
    form.setFieldsValue({
      planItemId: item.id,
      formatCode: item.formatCode,
      title: item.topic,
      quarter: item.quarter ?? 0,
      leadCommitteeId: item.leadCommitteeId,
      mode: consultationFormats[item.formatCode].modes[0],
    });
  }, [item, form]);

  // The organiser is whom invited members call, unless the form names someone else.
  const initial: DraftValues = {
    year,
    quarter: 0,
    mode: "offline",
    sectorIds: [],
    handlingUnitIds: [],
    linkedProposalIds: [],
    description: "",
    contactName: contactNameOf(account.displayName),
  };
  return (
    <>
      <PageTitle title="新建协商" subtitle="先选协商形式：表单按形式要求显示界别、牵头专委会、承办单位或关联提案等内容；保存后为草稿，列入计划后即可邀请委员和排期。" />
      <Card style={{ maxWidth: 960 }}>
        <ServerAlert general={problems.general} title="协商未能保存" />
        <Form<DraftValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          disabled={create.isPending}
          onFinish={(v) => {
            problems.clear();
            create.mutate(toDraft(v));
          }}
          onValuesChange={() => problems.general && problems.clear()}
        >
          <DraftFields form={form} />
          <Flex gap={8} justify="end">
            <Button onClick={() => void navigate(-1)}>取消</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              保存草稿
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
