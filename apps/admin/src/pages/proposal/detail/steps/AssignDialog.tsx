import { coOpinionDueOn, handlingDueOn, returnLastDay, shanghaiDate } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Descriptions, Form } from "antd";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { AssignmentFields, assignmentInitialValues, assignmentOf, type AssignmentValues } from "./AssignmentFields";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

/**
 * 交办: one lead unit with co-units (主办会办), or a split between units (分别办理). The deadlines
 * shown are the council's rules counted from today, as the server will record them.
 */
export function AssignDialog({ proposal, options, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<AssignmentValues>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.assign.mutationOptions({ onSuccess: () => onDone("已交办") }));
  const mode = Form.useWatch("mode", form) ?? "joint";
  const rules = options.rules;
  const today = shanghaiDate(new Date());
  const returned = proposal.status === "assignmentReturned" ? proposal.assignmentReturn : null;
  return (
    <StepDialog<AssignmentValues>
      title="交办"
      okText="确认交办"
      width={640}
      form={form}
      initialValues={assignmentInitialValues}
      onFinish={(v) =>
        step.mutate({
          id: proposal.id,
          version: proposal.version,
          requestId,
          assignment: assignmentOf(v),
        })
      }
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      {returned && (
        <Alert
          type="warning"
          showIcon
          title={`${returned.unitName} 已退回（${returned.returnedOn}）`}
          description={`理由：${returned.reason}`}
          style={{ marginBottom: 16 }}
        />
      )}
      {proposal.mergeGroup && (
        <Alert type="info" showIcon title={`并案提案：同组 ${proposal.mergeGroup.proposals.length} 件将一并交办`} style={{ marginBottom: 16 }} />
      )}
      <AssignmentFields handlingUnits={options.handlingUnits} withHelp />
      <Descriptions
        size="small"
        bordered
        column={1}
        title="办理时限（按本会提案工作规则，自今日交办起算）"
        items={[
          { key: "due", label: "答复期限", children: `${rules.deadlines.handlingMonths} 个月，${handlingDueOn(today, rules)} 前答复` },
          { key: "return", label: "退回期限", children: `${rules.deadlines.returnDays} 日内，${returnLastDay(today, rules)} 前可退回交办` },
          ...(mode === "joint" ? [{ key: "co", label: "会办意见", children: `${rules.deadlines.coOpinionDays} 日内，${coOpinionDueOn(today, rules)} 前送主办单位` }] : []),
        ]}
      />
    </StepDialog>
  );
}
