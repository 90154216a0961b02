import { EditOutlined } from "@ant-design/icons";
import type { ConsultationEventType } from "@cppcc/domain";
import { Button, Flex, Popconfirm } from "antd";
import { useState, type ReactNode } from "react";
import { ActionError } from "../shared/ActionError";
import type { ConsultationDetail } from "../shared/types";
import { useConsultationRefresh } from "../shared/useConsultationRefresh";
import { EditDraftDrawer } from "../draft/EditDraftDrawer";
import { CancelDialog } from "./steps/CancelDialog";
import { FeedbackDialog } from "./steps/FeedbackDialog";
import { OutcomeDialog } from "./steps/OutcomeDialog";
import { PostponeDialog } from "./steps/PostponeDialog";
import { ScheduleDialog } from "./steps/ScheduleDialog";
import { useTransition } from "./steps/useTransition";

const labels: Record<ConsultationEventType, string> = {
  plan: "列入计划",
  schedule: "安排会议",
  postpone: "延期",
  hold: "登记召开",
  submitOutcome: "提交成果",
  recordFeedback: "记录采纳反馈",
  close: "办结",
  cancel: "取消协商",
};

// Steps that need only a yes: what each confirmation says.
type SimpleStep = "plan" | "hold" | "close";
const confirmations: Record<SimpleStep, { title: string; description: string }> = {
  plan: { title: "列入计划？", description: "列入计划后可安排会议日期，受邀委员可以回复邀请。" },
  hold: { title: "登记为已召开？", description: "以签到和手工登记的出席为准，未出席且未准假的委员计为缺席。" },
  close: { title: "办结本次协商？", description: "办结后不能再登记意见建议和反馈。" },
};

const isSimple = (event: ConsultationEventType): event is SimpleStep => event in confirmations;

type Dialog = "schedule" | "postpone" | "submitOutcome" | "recordFeedback" | "cancel" | "edit" | null;

/** The steps this consultation is open to now (as the server lists them), each with its own form. */
export function LifecycleBar({ consultation: c }: { consultation: ConsultationDetail }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const step = useTransition(c);
  const refresh = useConsultationRefresh();
  const close = () => setDialog(null);
  const editable = !["closed", "cancelled"].includes(c.state);

  // The step forward is the primary one; postponing and cancelling are the way out.
  const forward = c.openEvents.find((e) => e !== "postpone" && e !== "cancel");
  const buttons: ReactNode[] = c.openEvents.map((event) => {
    const primary = event === forward;
    if (isSimple(event)) {
      const confirm = confirmations[event];
      return (
        <Popconfirm key={event} title={confirm.title} description={confirm.description} okText={labels[event]} cancelText="再看看" onConfirm={() => step.run({ type: event })}>
          <Button type={primary ? "primary" : "default"} loading={step.isPending && step.variables?.event.type === event}>
            {labels[event]}
          </Button>
        </Popconfirm>
      );
    }
    return (
      <Button key={event} type={primary ? "primary" : "default"} danger={event === "cancel"} onClick={() => setDialog(event as Dialog)}>
        {labels[event]}
      </Button>
    );
  });

  return (
    <>
      <ActionError error={step.error} onRefresh={() => void refresh()} />
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        {buttons}
        {editable && (
          <Button icon={<EditOutlined />} onClick={() => setDialog("edit")}>
            修改
          </Button>
        )}
      </Flex>
      {dialog === "schedule" && <ScheduleDialog consultation={c} onClose={close} />}
      {dialog === "postpone" && <PostponeDialog consultation={c} onClose={close} />}
      {dialog === "submitOutcome" && <OutcomeDialog consultation={c} onClose={close} />}
      {dialog === "recordFeedback" && <FeedbackDialog consultation={c} onClose={close} />}
      {dialog === "cancel" && <CancelDialog consultation={c} onClose={close} />}
      {dialog === "edit" && <EditDraftDrawer consultation={c} onClose={close} />}
    </>
  );
}
