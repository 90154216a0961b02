import { findStep } from "@cppcc/domain";
import { errorMessage, problemsOf, useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Flex, Popconfirm } from "antd";
import { useState } from "react";
import type { Deliberation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";
import { CancelDialog } from "./CancelDialog";
import { PostponeDialog } from "./PostponeDialog";

/**
 * The lifecycle steps this officer may take now (the server's `steps`): hold, close,
 * postpone, cancel. A refusal comes back in the server's words (e.g. no attendance yet).
 */
export function SessionActions({ deliberation: d }: { deliberation: Deliberation }) {
  const trpc = useTRPC();
  const { message, modal } = App.useApp();
  const refresh = useConsultationRefresh();
  const [dialog, setDialog] = useState<"postpone" | "cancel" | null>(null);
  const step = useMutation(
    trpc.consultation.transition.mutationOptions({
      onSuccess: (_r, input) => {
        void message.success(input.event.type === "hold" ? "已登记为已召开" : "本次议事已办结");
        refresh();
      },
      onError: (error) => {
        const problems = problemsOf(error).map((p) => p.message);
        modal.error({ title: "操作未完成", content: problems.length > 0 ? problems.join("；") : errorMessage(error) });
        refresh();
      },
    }),
  );
  const [hold, close, postpone, cancel] = (["hold", "close", "postpone", "cancel"] as const).map((t) => findStep(d.steps, t));
  const run = (type: "hold" | "close") => step.mutate({ id: d.id, version: d.version, event: { type } });
  return (
    <Flex gap={8} wrap>
      {hold && (
        <Popconfirm
          title={hold.label}
          description="登记后停止扫码签到，出席情况计入委员履职档案。"
          okText="登记"
          onConfirm={() => run("hold")}
        >
          <Button type="primary" loading={step.isPending && step.variables?.event.type === "hold"}>
            {hold.label}
          </Button>
        </Popconfirm>
      )}
      {close && (
        <Popconfirm title="办结本次议事" description="意见建议须已全部销号。" okText={close.label} onConfirm={() => run("close")}>
          <Button type="primary" loading={step.isPending && step.variables?.event.type === "close"}>
            {close.label}
          </Button>
        </Popconfirm>
      )}
      {postpone && <Button onClick={() => setDialog("postpone")}>{postpone.label}</Button>}
      {cancel && (
        <Button danger onClick={() => setDialog("cancel")}>
          取消议事
        </Button>
      )}
      {dialog === "postpone" && <PostponeDialog deliberation={d} onClose={() => setDialog(null)} />}
      {dialog === "cancel" && <CancelDialog deliberation={d} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
