import { hasStep } from "@cppcc/domain";
import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, Toast } from "antd-mobile";
import { useRef } from "react";
import { useNavigate } from "react-router";
import { confirmDecline, useRespond } from "../list/InvitationList";
import { newRequestId } from "../requestId";
import type { ProposalDetail } from "../types";

/**
 * The bottom buttons: what this member may do with the proposal now — answer an invitation,
 * go on writing, revise after a return, withdraw. Nothing when there is nothing to do.
 */
export function DetailActions({ proposal: p }: { proposal: ProposalDetail }) {
  const navigate = useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const respond = useRespond();
  const requestId = useRef(newRequestId());
  const withdraw = useMutation(
    trpc.proposal.withdraw.mutationOptions({
      onSuccess: () => {
        Toast.show({ icon: "success", content: "提案已撤回" });
        void queryClient.invalidateQueries(trpc.proposal.pathFilter());
      },
      onError: (error) => {
        void Dialog.alert({ content: errorMessage(error) });
        void queryClient.invalidateQueries(trpc.proposal.pathFilter());
      },
    }),
  );
  const confirmWithdraw = async () => {
    const sure = await Dialog.confirm({
      title: "撤回提案",
      content: "撤回后提案不再审查办理，且不能恢复。确定撤回？",
      confirmText: "撤回",
    });
    if (sure) withdraw.mutate({ id: p.id, version: p.version, requestId: requestId.current });
  };

  const declineInvitation = async () => {
    if (!(await confirmDecline(p.title, p.proposer.leadMemberName ?? ""))) return;
    // Once declined the proposal is no longer the member's to see.
    respond.mutate({ id: p.id, confirm: false }, { onSuccess: () => void navigate("/proposals", { replace: true }) });
  };

  const buttons = [];
  if (p.my.part === "invited") {
    buttons.push(
      <Button key="decline" size="large" style={{ flex: 1 }} disabled={respond.isPending} onClick={() => void declineInvitation()}>
        谢绝
      </Button>,
      <Button key="confirm" size="large" color="primary" style={{ flex: 2 }} loading={respond.isPending} disabled={respond.isPending} onClick={() => respond.mutate({ id: p.id, confirm: true })}>
        确认联名
      </Button>,
    );
  }
  if (hasStep(p.my.steps, "withdraw")) {
    buttons.push(
      <Button key="withdraw" size="large" style={{ flex: 1 }} loading={withdraw.isPending} disabled={withdraw.isPending} onClick={() => void confirmWithdraw()}>
        撤回
      </Button>,
    );
  }
  if (p.my.canEditText && p.my.part === "lead") {
    buttons.push(
      <Button key="edit" size="large" color="primary" style={{ flex: 2 }} onClick={() => void navigate(`/proposals/${p.id}/edit`)}>
        {p.status === "returned" ? "修改并重新提交" : "继续编辑"}
      </Button>,
    );
  }
  if (buttons.length === 0) return null;
  return <div style={{ display: "flex", gap: 12 }}>{buttons}</div>;
}
