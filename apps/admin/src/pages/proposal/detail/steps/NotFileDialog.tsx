import { notFiledConversionLabels, notFiledConversions, type NotFiledConversion } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Form, Radio, Select, Space } from "antd";
import { useState } from "react";
import { newRequestId } from "../../shared/format";
import { StepDialog } from "./StepDialog";
import type { StepDialogProps } from "./types";

type Values = { groundCode: string; conversion: NotFiledConversion };

/** 不予立案: one of the grounds the council's rules list, and what becomes of the text instead. */
export function NotFileDialog({ proposal, options, onClose, onDone, onRefresh }: StepDialogProps) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [requestId] = useState(newRequestId);
  const step = useMutation(trpc.proposal.notFile.mutationOptions({ onSuccess: () => onDone("已作不予立案处理") }));
  return (
    <StepDialog<Values>
      title="不予立案"
      okText="确认不予立案"
      danger
      form={form}
      onFinish={(v) => step.mutate({ id: proposal.id, version: proposal.version, requestId, ...v })}
      onClose={onClose}
      step={step}
      onRefresh={onRefresh}
    >
      <Form.Item name="groundCode" label="不予立案理由" rules={[{ required: true, message: "请选择不予立案的理由" }]}>
        <Select
          aria-label="不予立案理由"
          placeholder="按本会提案工作规则选择"
          options={options.rules.notFiledGrounds.map((g) => ({ value: g.code, label: g.label }))}
          showSearch={{ optionFilterProp: "label" }}
        />
      </Form.Item>
      <Form.Item name="conversion" label="转办方式" rules={[{ required: true, message: "请选择转办方式" }]} extra="经提案者同意，可转为社情民意信息或来信处理。">
        <Radio.Group>
          <Space orientation="vertical">
            {notFiledConversions.map((c) => (
              <Radio key={c} value={c}>
                {notFiledConversionLabels[c]}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
    </StepDialog>
  );
}
