import type { ProposalCategory } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Form, Typography } from "antd";
import { useState } from "react";
import { CategoryFields } from "../../shared/CategoryFields";
import { newRequestId } from "../../shared/format";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { category: ProposalCategory; isLivelihood: boolean };

/**
 * 立案: the number is given by the server (届-次-序号); staff settle the category and whether it
 * is about livelihood here, changing what the proposer chose if need be, without a revision round.
 */
export function FileDialog({ proposal, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.file.mutationOptions({ onSuccess: (r) => onDone(`已立案，编号 ${r.number ?? ""}`) }));
  return (
    <StepDialog<Values>
      title="立案"
      okText="确认立案"
      form={form}
      initialValues={{ category: proposal.category ?? undefined, isLivelihood: proposal.isLivelihood ?? undefined }}
      onFinish={(v) => step.mutate({ id: proposal.id, version: proposal.version, requestId, ...v })}
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      <Typography.Paragraph type="secondary">立案后按届次会议编号（届-次-序号），进入待交办。类别与是否民生如有调整，将记入办理过程，不占用退回修改的轮次。</Typography.Paragraph>
      <CategoryFields />
    </StepDialog>
  );
}
