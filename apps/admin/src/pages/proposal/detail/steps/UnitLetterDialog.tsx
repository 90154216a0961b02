import { handlingRoleLabels } from "@cppcc/domain";
import { Form, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { LetterForm, type LetterKind } from "../../../handler/LetterForm";
import type { StepDialogProps } from "./types";

/**
 * 代承办单位录入: staff enter the letter a unit sent on paper, naming the unit; the timeline
 * records both the unit and who entered it.
 */
export function UnitLetterDialog({ proposal, options, kind, onClose, onDone, onRefresh }: StepDialogProps & { kind: LetterKind }) {
  const candidates = (proposal.assignment?.units ?? []).filter((u) => (kind === "coOpinion" ? u.role === "co" : u.role !== "co"));
  const [unitId, setUnitId] = useState<string | undefined>(candidates.length === 1 ? candidates[0]!.handlingUnitId : undefined);
  return (
    <Modal open title={kind === "reply" ? "代承办单位录入答复" : "代会办单位录入会办意见"} footer={null} onCancel={onClose} width={720} maskClosable={false}>
      <Typography.Paragraph type="secondary">承办单位以纸质函件答复的，由办公室代为录入；办理过程中会记录录入人。</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="承办单位" required>
          <Select
            aria-label="承办单位"
            placeholder="选择承办单位"
            value={unitId}
            onChange={setUnitId}
            options={candidates.map((u) => ({ value: u.handlingUnitId, label: `${u.name}（${handlingRoleLabels[u.role]}）` }))}
          />
        </Form.Item>
      </Form>
      {unitId && <LetterForm key={unitId} proposal={proposal} kind={kind} rules={options.rules} handlingUnitId={unitId} onSent={onDone} onRefresh={onRefresh} />}
    </Modal>
  );
}
