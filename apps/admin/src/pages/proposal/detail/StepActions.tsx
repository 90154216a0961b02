import { PrinterOutlined } from "@ant-design/icons";
import { hasStep, type ProposalEventType } from "@cppcc/domain";
import { useTRPCClient } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Button, Flex, Popconfirm, Typography } from "antd";
import { useState } from "react";
import { useHref, useNavigate } from "react-router";
import { ReturnAssignmentDialog } from "../../handler/ReturnAssignmentDialog";
import { newRequestId } from "../shared/format";
import { StepError } from "../shared/StepError";
import type { ProposalDetail, ProposalOptions } from "../shared/types";
import { AssignDialog } from "./steps/AssignDialog";
import { EvaluationDialog } from "./steps/EvaluationDialog";
import { FileDialog } from "./steps/FileDialog";
import { FollowUpDialog } from "./steps/FollowUpDialog";
import { MarkKeyDialog } from "./steps/MarkKeyDialog";
import { NotFileDialog } from "./steps/NotFileDialog";
import { ReassignDialog } from "./steps/ReassignDialog";
import { ReturnForRevisionDialog } from "./steps/ReturnForRevisionDialog";
import { UnitLetterDialog } from "./steps/UnitLetterDialog";

/** Steps taken with one click and a confirmation: the version and a request id are all they need. */
const confirmSteps = {
  startReview: { label: "开始审查", confirm: "开始审查后，可立案、不予立案或退回修改。", done: "已开始审查", primary: true },
  close: { label: "办结", confirm: "办结后提案办理结束，不能再答复或测评。", done: "已办结", primary: true },
  submit: { label: "代为提交", confirm: "代提案者提交纸质提案。", done: "已提交", primary: false },
  resubmit: { label: "代为重新提交", confirm: "代提案者提交修改后的提案。", done: "已重新提交", primary: false },
  withdraw: { label: "撤回", confirm: "按提案者意愿撤回，撤回后不再办理。", done: "已撤回", primary: false },
} as const;
type ConfirmStep = keyof typeof confirmSteps;

const dialogLabels = {
  file: "立案",
  reassign: "重新交办",
  returnForRevision: "退回修改",
  notFile: "不予立案",
  assign: "交办",
  markKey: "设为重点提案",
  evaluate: "代录测评",
  reply: "代录答复",
  sendCoOpinion: "代录会办意见",
  returnAssignment: "代录退回交办",
} as const;
type DialogStep = keyof typeof dialogLabels;
type Open = DialogStep | "followUp" | null;

/** The order buttons appear in: the stage's main decision first. */
const order: ProposalEventType[] = [
  "startReview",
  "file",
  "assign",
  "close",
  "reassign",
  "returnForRevision",
  "notFile",
  "merge",
  "markKey",
  "evaluate",
  "reply",
  "sendCoOpinion",
  "returnAssignment",
  "submit",
  "resubmit",
  "withdraw",
];
const primaryDialogs: readonly DialogStep[] = ["file", "assign"];

type Props = { proposal: ProposalDetail; options: ProposalOptions; onDone: (message: string) => void; onRefresh: () => void };

/**
 * The office's buttons for this proposal: exactly the steps `proposal.get` says staff may take
 * now (my.steps), each with its form; the server still judges every one and says why not.
 */
export function StepActions({ proposal, options, onDone, onRefresh }: Props) {
  const client = useTRPCClient();
  const navigate = useNavigate();
  const printHref = useHref(`/proposals/${proposal.id}/print`);
  const [open, setOpen] = useState<Open>(null);
  const [requestId, setRequestId] = useState(newRequestId);
  const quick = useMutation({
    mutationFn: (step: ConfirmStep) => client.proposal[step].mutate({ id: proposal.id, version: proposal.version, requestId }),
    onSuccess: (_r, step) => {
      setRequestId(newRequestId());
      onDone(confirmSteps[step].done);
    },
  });
  const steps = order.filter((s) => hasStep(proposal.my.steps, s));
  const done = (message: string) => {
    setOpen(null);
    onDone(message);
  };
  const dialogProps = { proposal, options, onClose: () => setOpen(null), onDone: done, onRefresh };

  return (
    <>
      <StepError
        error={quick.error}
        onRefresh={() => {
          quick.reset();
          onRefresh();
        }}
      />
      <Flex gap={8} wrap align="center">
        {steps.map((step) => {
          if (step in confirmSteps) {
            const s = confirmSteps[step as ConfirmStep];
            return (
              <Popconfirm
                key={step}
                title={`${s.label}？`}
                description={s.confirm}
                okText={s.label}
                cancelText="取消"
                onConfirm={() => quick.mutate(step as ConfirmStep)}
              >
                <Button type={s.primary ? "primary" : "default"} loading={quick.isPending && quick.variables === step}>
                  {s.label}
                </Button>
              </Popconfirm>
            );
          }
          if (step === "merge") {
            return (
              <Button key={step} onClick={() => void navigate(`/proposals?status=filed&session=${proposal.sessionId}`)}>
                并案…
              </Button>
            );
          }
          const d = step as DialogStep;
          return (
            <Button key={step} type={primaryDialogs.includes(d) ? "primary" : "default"} danger={d === "notFile"} onClick={() => setOpen(d)}>
              {dialogLabels[d]}
            </Button>
          );
        })}
        {proposal.keyProposal && <Button onClick={() => setOpen("followUp")}>回头看</Button>}
        <Button icon={<PrinterOutlined />} href={printHref} target="_blank">
          打印提案
        </Button>
        {steps.length === 0 && <Typography.Text type="secondary">当前阶段无需办公室操作</Typography.Text>}
      </Flex>
      {open === "returnForRevision" && <ReturnForRevisionDialog {...dialogProps} />}
      {open === "notFile" && <NotFileDialog {...dialogProps} />}
      {open === "file" && <FileDialog {...dialogProps} />}
      {open === "assign" && <AssignDialog {...dialogProps} />}
      {open === "reassign" && <ReassignDialog {...dialogProps} />}
      {open === "markKey" && <MarkKeyDialog {...dialogProps} />}
      {open === "followUp" && <FollowUpDialog {...dialogProps} />}
      {open === "evaluate" && <EvaluationDialog {...dialogProps} />}
      {open === "reply" && <UnitLetterDialog {...dialogProps} kind="reply" />}
      {open === "sendCoOpinion" && <UnitLetterDialog {...dialogProps} kind="coOpinion" />}
      {open === "returnAssignment" && <ReturnAssignmentDialog {...dialogProps} onBehalf />}
    </>
  );
}
