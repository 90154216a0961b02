import { useTRPC } from "@cppcc/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Form, Select, Typography } from "antd";
import { StepDialog } from "../../shared/StepDialog";
import type { Deliberation } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useRefresh";
import { MemberPicker } from "./MemberPicker";

type Values = { townshipGroupIds: string[]; sectorIds: string[]; memberIds: string[] };

/**
 * 邀请委员 after scheduling, as often as needed: the township's member group, its paired sector
 * groups, or members by name. Someone already invited is not invited twice.
 */
export function InviteDialog({ deliberation: d, onClose }: { deliberation: Deliberation; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<Values>();
  const township = useQuery(trpc.roster.township.queryOptions({}));
  const invite = useMutation(
    trpc.consultation.invitation.invite.mutationOptions({
      onSuccess: (r) => {
        const again = r.alreadyInvited > 0 ? `，另有 ${r.alreadyInvited} 位此前已邀请` : "";
        void message.success(`已邀请 ${r.invited + r.renewed} 位委员${again}`);
        refresh();
        onClose();
      },
    }),
  );
  return (
    <StepDialog<Values>
      title="邀请委员"
      okText="发出邀请"
      form={form}
      initialValues={{ townshipGroupIds: [], sectorIds: [], memberIds: [] }}
      onFinish={(v) => invite.mutate({ consultationId: d.id, selection: v })}
      onClose={onClose}
      pending={invite.isPending}
      error={invite.error}
      onRefresh={refresh}
    >
      <Typography.Paragraph type="secondary">可按委员小组、结对界别活动组或姓名邀请，可组合；已邀请的委员不会重复邀请。</Typography.Paragraph>
      <Form.Item name="townshipGroupIds" label="本镇街道委员小组">
        <Select
          mode="multiple"
          allowClear
          loading={township.isPending}
          placeholder="选择委员小组"
          options={township.data?.groups.map((g) => ({ value: g.id, label: `${g.name}（${g.members} 人）` }))}
        />
      </Form.Item>
      <Form.Item name="sectorIds" label="结对界别活动组">
        <Select
          mode="multiple"
          allowClear
          loading={township.isPending}
          placeholder="选择界别活动组"
          options={township.data?.pairedSectors.map((s) => ({ value: s.sectorId, label: `${s.groupLabel}（${s.members} 人）` }))}
        />
      </Form.Item>
      <Form.Item name="memberIds" label="按姓名">
        <MemberPicker consultationId={d.id} multiple />
      </Form.Item>
    </StepDialog>
  );
}
