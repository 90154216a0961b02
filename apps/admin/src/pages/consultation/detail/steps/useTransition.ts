import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App } from "antd";
import type { ConsultationDetail, ConsultationStep } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";

/** One lifecycle step on this consultation, at the version the page shows (a stale one is refused). */
export function useTransition(c: ConsultationDetail, done?: () => void) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const mutation = useMutation(
    trpc.consultation.transition.mutationOptions({
      onSuccess: async (_row, input) => {
        await refresh();
        void message.success(successText[input.event.type]);
        done?.();
      },
    }),
  );
  return { ...mutation, run: (event: ConsultationStep) => mutation.mutate({ id: c.id, version: c.version, event }) };
}

const successText: Record<ConsultationStep["type"], string> = {
  plan: "已列入计划",
  schedule: "已安排会议日期",
  postpone: "已延期",
  hold: "已登记为已召开",
  submitOutcome: "协商成果已报送",
  recordFeedback: "已记录采纳反馈",
  close: "协商已办结",
  cancel: "协商已取消",
};
