import { extensionStatusLabels, type ExtensionStatus } from "@cppcc/domain";
import { useMutation } from "@tanstack/react-query";
import { Button, DatePicker, Empty, Flex, Form, Input, List, Modal, Radio, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { StepError } from "../StepError";
import type { ExtensionDecision, ExtensionItem } from "./types";

const statusColors: Record<ExtensionStatus, string> = { pending: "orange", granted: "green", refused: "default" };

type Props = {
  items: ExtensionItem[];
  /** Offer 同意 / 不同意 on waiting requests (the office). */
  canDecide?: boolean;
  onDecide?: (item: ExtensionItem, decision: ExtensionDecision) => Promise<unknown>;
  onDone?: (message: string) => void;
  onRefresh?: () => void;
};

/**
 * The extension requests of one proposal or suggestion, oldest first: what the unit asked and why,
 * and what the office decided. The office decides a waiting one here.
 */
export function ExtensionRequests({ items, canDecide, onDecide, onDone, onRefresh }: Props) {
  const [deciding, setDeciding] = useState<ExtensionItem | null>(null);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有延期申请" />;
  return (
    <>
      <List
        size="small"
        dataSource={items}
        renderItem={(e) => (
          <List.Item
            actions={
              canDecide && e.status === "pending"
                ? [
                    <Button key="decide" type="primary" size="small" onClick={() => setDeciding(e)}>
                      审批
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex gap={8} wrap align="center">
                <Tag color={statusColors[e.status]}>{extensionStatusLabels[e.status]}</Tag>
                <Typography.Text strong>{e.unitName}</Typography.Text>
                <Typography.Text>
                  {e.dueOn} → 申请延至 {e.requestedDueOn}
                </Typography.Text>
              </Flex>
              <Typography.Text type="secondary">理由：{e.reason}</Typography.Text>
              {e.status === "granted" && <Typography.Text type="success">同意延至 {e.grantedDueOn}{e.decisionNote ? `（${e.decisionNote}）` : ""}</Typography.Text>}
              {e.status === "refused" && <Typography.Text type="danger">不同意：{e.decisionNote}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
      {deciding && onDecide && (
        <DecisionDialog
          item={deciding}
          onDecide={onDecide}
          onClose={() => setDeciding(null)}
          onDone={(m) => {
            setDeciding(null);
            onDone?.(m);
          }}
          onRefresh={onRefresh}
        />
      )}
    </>
  );
}

type DecisionValues = { decision: "grant" | "refuse"; grantedDueOn?: Dayjs; note?: string; reason?: string };

/** 同意 (to the date asked for, or an earlier one) or 不同意 with a reason. */
export function DecisionDialog({
  item,
  onDecide,
  onClose,
  onDone,
  onRefresh,
}: {
  item: ExtensionItem;
  onDecide: (item: ExtensionItem, decision: ExtensionDecision) => Promise<unknown>;
  onClose: () => void;
  onDone: (message: string) => void;
  onRefresh?: () => void;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch("decision", form) ?? "grant";
  const step = useMutation({
    mutationFn: (v: DecisionValues) =>
      onDecide(
        item,
        v.decision === "grant"
          ? { decision: "grant", grantedDueOn: v.grantedDueOn!.format("YYYY-MM-DD"), ...(v.note && { note: v.note }) }
          : { decision: "refuse", reason: v.reason ?? "" },
      ),
    onSuccess: (_r, v) => onDone(v.decision === "grant" ? `已同意延期至 ${v.grantedDueOn!.format("YYYY-MM-DD")}` : "已答复不同意延期"),
  });
  return (
    <Modal open title="审批延期申请" okText="确认" onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ loading: step.isPending }} maskClosable={false}>
      <StepError
        error={step.error}
        onRefresh={() => {
          step.reset();
          onRefresh?.();
        }}
      />
      <Typography.Paragraph>
        {item.unitName}申请将期限由 {item.requestedDueOn > item.dueOn ? `${item.dueOn} 延至 ${item.requestedDueOn}` : item.requestedDueOn}。理由：{item.reason}
      </Typography.Paragraph>
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        initialValues={{ decision: "grant", grantedDueOn: dayjs(item.requestedDueOn) }}
        onFinish={(v) => step.mutate(v)}
        disabled={step.isPending}
      >
        <Form.Item name="decision" label="审批意见">
          <Radio.Group
            optionType="button"
            options={[
              { value: "grant", label: "同意" },
              { value: "refuse", label: "不同意" },
            ]}
          />
        </Form.Item>
        {decision === "grant" ? (
          <>
            <Form.Item name="grantedDueOn" label="同意延至" rules={[{ required: true, message: "请选择延至日期" }]} extra="可短于申请的日期，不能更长。">
              <DatePicker
                aria-label="同意延至"
                style={{ width: "100%" }}
                disabledDate={(d) => d.format("YYYY-MM-DD") <= item.dueOn || d.format("YYYY-MM-DD") > item.requestedDueOn}
              />
            </Form.Item>
            <Form.Item name="note" label="说明（可不填）">
              <Input aria-label="审批说明" maxLength={500} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="reason" label="不同意的理由" rules={[{ required: true, min: 2, message: "请填写不同意的理由（至少 2 个字）" }]}>
            <Input.TextArea aria-label="不同意的理由" rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
