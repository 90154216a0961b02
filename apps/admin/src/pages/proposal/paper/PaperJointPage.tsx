import { proposalLimits, type ProposalCategory } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageLoading, PageTitle, QueryFailed, StepError } from "@cppcc/ui/antd";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, Select } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MemberSelect } from "../../consultation/shared/MemberSelect";
import { CategoryFields } from "../shared/CategoryFields";
import { newRequestId } from "../shared/format";
import { useProposalOptions } from "../shared/useProposalOptions";
import { useProposalRefresh } from "../shared/useProposalRefresh";

type Values = {
  sessionId: string;
  leadMemberId: string;
  cosignerIds: string[];
  title: string;
  situation: string;
  suggestions: string;
  category: ProposalCategory;
  isLivelihood: boolean;
};

/**
 * 录入纸质联名提案: the office types in a joint proposal signed on paper — for members who may
 * have no login — and confirms the co-signers from their signatures on the sheet. It is then
 * submitted and waits in the review queue like any other.
 */
export function PaperJointPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useProposalRefresh();
  const { message } = App.useApp();
  const options = useProposalOptions();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const lead = Form.useWatch("leadMemberId", form);
  const enter = useMutation(
    trpc.proposal.enterPaperJoint.mutationOptions({
      onSuccess: (p) => {
        void message.success("已录入并提交，联名委员已由办公室代为确认");
        void refresh();
        void navigate(`/proposals/${p.id}`);
      },
    }),
  );
  if (options.isPending) return <PageLoading />;
  if (options.isError) return <QueryFailed query={options} />;
  return (
    <>
      <PageTitle title="录入纸质联名提案" subtitle="委员在纸质提案上签名联名的，由办公室录入并代为确认联名，录入后即进入提案审查" />
      <Card style={{ maxWidth: 880 }}>
        <Alert
          type="info"
          showIcon
          title="请核对纸质提案上的亲笔签名后再选择联名委员"
          description="每位联名委员将记为「由办公室代为确认（纸质签名）」，写入提案的办理过程和操作日志；有账号的委员可在「我的提案」中看到。"
          style={{ marginBottom: 16 }}
        />
        <StepError error={enter.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={enter.isPending}
          initialValues={{ sessionId: options.data.currentSessionId ?? undefined, cosignerIds: [] }}
          onFinish={(v) => enter.mutate({ ...v, requestId })}
        >
          <Form.Item name="sessionId" label="届次会议" rules={[{ required: true, message: "请选择届次会议" }]}>
            <Select aria-label="届次会议" options={options.data.sessions.map((s) => ({ value: s.id, label: s.label }))} />
          </Form.Item>
          <Form.Item name="leadMemberId" label="第一提案人" rules={[{ required: true, message: "请选择第一提案人" }]}>
            <MemberSelect id="leadMemberId" />
          </Form.Item>
          <Form.Item
            name="cosignerIds"
            label="联名委员（已在纸质提案上签名）"
            rules={[
              { required: true, type: "array", min: 1, message: "请选择在纸质提案上签名的联名委员" },
              { validator: (_r, v: string[] | undefined) => (lead && v?.includes(lead) ? Promise.reject(new Error("第一提案人不能同时是联名委员")) : Promise.resolve()) },
            ]}
          >
            <MemberSelect id="cosignerIds" multiple />
          </Form.Item>
          <Form.Item name="title" label="标题" rules={[{ required: true, min: proposalLimits.title.min, message: `标题至少 ${proposalLimits.title.min} 个字` }]}>
            <Input aria-label="标题" maxLength={proposalLimits.title.max} showCount />
          </Form.Item>
          <Form.Item name="situation" label="案由（情况和分析）" rules={[{ required: true, min: proposalLimits.situation.min, message: `案由至少 ${proposalLimits.situation.min} 个字` }]}>
            <Input.TextArea aria-label="案由" rows={5} maxLength={proposalLimits.situation.max} showCount />
          </Form.Item>
          <Form.Item name="suggestions" label="具体建议" rules={[{ required: true, min: proposalLimits.suggestions.min, message: `建议至少 ${proposalLimits.suggestions.min} 个字` }]}>
            <Input.TextArea aria-label="具体建议" rows={5} maxLength={proposalLimits.suggestions.max} showCount />
          </Form.Item>
          <CategoryFields />
          <Button type="primary" htmlType="submit" loading={enter.isPending}>
            录入并提交
          </Button>
        </Form>
      </Card>
    </>
  );
}
