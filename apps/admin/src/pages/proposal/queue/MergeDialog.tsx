import { mergeProblems, proposalNumberText } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Input, List, Modal, Typography } from "antd";
import { useState } from "react";
import { StatusTag } from "../shared/StatusTag";
import { StepError } from "../shared/StepError";
import type { ProposalListItem } from "../shared/types";
import { useProposalRefresh } from "../shared/useProposalRefresh";

type Props = { open: boolean; proposals: ProposalListItem[]; onClose: () => void; onMerged: () => void };

/**
 * 并案: the chosen proposals become one group under the earliest number and are assigned together;
 * each keeps its number and proposers. The domain's own check runs first, so a proposal that
 * cannot be merged is named before anything is sent.
 */
export function MergeDialog({ open, proposals, onClose, onMerged }: Props) {
  const trpc = useTRPC();
  const refresh = useProposalRefresh();
  const { message } = App.useApp();
  const [note, setNote] = useState("");
  const merge = useMutation(
    trpc.proposal.merge.mutationOptions({
      onSuccess: (result) => {
        void refresh();
        void message.success(`已并案 ${result.proposals.length} 件提案`);
        setNote("");
        onMerged();
      },
    }),
  );
  const problems = mergeProblems(proposals);
  return (
    <Modal
      open={open}
      title="并案办理"
      okText="确认并案"
      onOk={() => merge.mutate({ proposals: proposals.map((p) => ({ id: p.id, version: p.version })), note: note.trim() || undefined })}
      okButtonProps={{ disabled: problems.length > 0, loading: merge.isPending }}
      onCancel={() => {
        merge.reset();
        onClose();
      }}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">
        并案后各提案保留原案号和提案者，作为一组一并交办，每位提案者都会收到答复。
      </Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={proposals}
        renderItem={(p) => (
          <List.Item extra={<StatusTag status={p.status} />}>
            <Typography.Text strong style={{ marginInlineEnd: 8 }}>
              {proposalNumberText(p.number)}
            </Typography.Text>
            {p.title}
          </List.Item>
        )}
        style={{ marginBottom: 16 }}
      />
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="这些提案不能并案"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <StepError error={merge.error} onRefresh={() => void refresh()} />
      <Input.TextArea
        aria-label="并案说明"
        placeholder="并案说明（选填），如：均反映老旧小区加装电梯问题"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
        showCount
        autoSize={{ minRows: 2, maxRows: 4 }}
      />
    </Modal>
  );
}
