import { hasTakenPlace } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Flex, Form, Input, Typography } from "antd";
import { publicTopicsUrl } from "../../../public/publicLink";
import { formatDateTime } from "../../shared/format";
import { ServerAlert } from "@cppcc/ui/antd";
import type { Deliberation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";
import { useServerProblems } from "../../shared/useServerProblems";

type Values = { summary: string };

/** A first draft from what the session recorded, for the officer to edit. */
function draftOf(d: Deliberation): string {
  const s = d.counts.suggestions;
  const total = s.recorded + s.routed + s.answered + s.closed;
  const topics = d.topics.map((t) => `「${t.topic}」`).join("、");
  return [
    `${d.heldOn ?? d.plannedDate ?? ""}，${d.townshipName ?? ""}政协联络室召开民生议事堂${topics ? `，围绕群众提出的${topics}开展协商` : ""}。`,
    `出席委员 ${d.counts.attendance} 人，收集意见建议 ${total} 条，已办结销号 ${s.closed} 条。`,
  ].join("");
}

/** 议事结果公示: the summary residents read on the township's public page; publishing again replaces it. */
export function SummaryTab({ deliberation: d }: { deliberation: Deliberation }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const problems = useServerProblems(form, ["summary"]);
  const publish = useMutation(
    trpc.consultation.deliberation.publishSummary.mutationOptions({
      onSuccess: () => {
        void message.success("议事结果已在群众议事页面公示");
        refresh();
      },
      onError: problems.show,
    }),
  );
  if (!hasTakenPlace(d.state, d.heldOn)) {
    return <Alert type="info" showIcon title="议事召开后才能公示结果" description="会后请在「议事概况」中登记为已召开，再填写并公示议事结果。" />;
  }
  return (
    <Flex vertical gap={16} style={{ maxWidth: 820 }}>
      {d.summaryPublishedAt && (
        <Alert
          type="success"
          showIcon
          title={`已于 ${formatDateTime(d.summaryPublishedAt)} 公示`}
          description={
            <>
              群众可在
              <Typography.Link href={publicTopicsUrl(d.townshipId!)} target="_blank">
                本镇街道群众议事页面
              </Typography.Link>
              查看；修改后再次公示将替换原内容。
            </>
          }
        />
      )}
      <ServerAlert general={problems.general} title="未能公示" />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ summary: d.summary ?? draftOf(d) }}
        onValuesChange={problems.clear}
        disabled={publish.isPending}
        onFinish={(v) => publish.mutate({ id: d.id, version: d.version, summary: v.summary.trim() })}
      >
        <Form.Item
          name="summary"
          label="议事结果摘要"
          extra="将与各条意见建议的办理结果（落实、部分落实、未落实的条数）一起公示；不公示群众的姓名和电话"
          rules={[
            { required: true, whitespace: true, message: "请填写议事结果摘要" },
            { min: 10, message: "议事结果摘要至少 10 个字" },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={publish.isPending}>
          {d.summaryPublishedAt ? "更新公示" : "公示议事结果"}
        </Button>
      </Form>
    </Flex>
  );
}
