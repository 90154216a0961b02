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
  const editable = c.editable;

  // The server's steps, with its labels and emphasis: the way forward is primary, cancelling is danger.
  const buttons: ReactNode[] = c.steps.map(({ type: event, label, kind }) => {
    const type = kind === "primary" ? "primary" : "default";
    if (isSimple(event)) {
      const confirm = confirmations[event];
      return (
        <Popconfirm key={event} title={confirm.title} description={confirm.description} okText={label} cancelText="再看看" onConfirm={() => step.run({ type: event })}>
          <Button type={type} loading={step.isPending && step.variables?.event.type === event}>
            {label}
          </Button>
        </Popconfirm>
      );
    }
    return (
      <Button key={event} type={type} danger={kind === "danger"} onClick={() => setDialog(event as Dialog)}>
        {label}
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
