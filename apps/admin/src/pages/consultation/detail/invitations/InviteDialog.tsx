import { useTRPC } from "@cppcc/ui";
import { useRosterReference } from "@cppcc/ui/roster";
import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Checkbox, Flex, Form, Select, Spin, Typography } from "antd";
import { useEffect } from "react";
import { ActionDialog } from "../../shared/ActionDialog";
import { MemberSelect } from "../../shared/MemberSelect";
import type { ConsultationDetail } from "../../shared/types";
import { useConsultationRefresh } from "../../shared/useConsultationRefresh";

type Values = {
  everyone: boolean;
  standingMembers: boolean;
  chairs: boolean;
  sectorIds: string[];
  committeeIds: string[];
  townshipGroupIds: string[];
  memberIds: string[];
};

const empty: Values = { everyone: false, standingMembers: false, chairs: false, sectorIds: [], committeeIds: [], townshipGroupIds: [], memberIds: [] };

/**
 * 邀请委员 by sector, committee, township group or by name, in any mix; a member matching several
 * is invited once, and inviting someone already invited changes nothing. Starts from the members
 * the format asks for (its sectors, its lead committee, the proposers of its proposals).
 */
export function InviteDialog({ consultation: c, onClose }: { consultation: ConsultationDetail; onClose: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const reference = useRosterReference();
  const [form] = Form.useForm<Values>();
  const defaults = useQuery(trpc.consultation.invitation.defaultSelection.queryOptions({ consultationId: c.id }, { staleTime: 0 }));
  useEffect(() => {
    const d = defaults.data?.selection;
    if (!d) return;
    form.setFieldsValue({
      everyone: d.everyone ?? false,
      standingMembers: d.standingMembers ?? false,
      chairs: d.chairs ?? false,
      sectorIds: [...(d.sectorIds ?? [])],
      committeeIds: [...(d.committeeIds ?? [])],
      townshipGroupIds: [...(d.townshipGroupIds ?? [])],
      memberIds: [...(d.memberIds ?? [])],
    });
  }, [defaults.data, form]);
  const invite = useMutation(
    trpc.consultation.invitation.invite.mutationOptions({
      onSuccess: async (r) => {
        await refresh();
        const again = r.alreadyInvited > 0 ? `，另有 ${r.alreadyInvited} 位此前已邀请` : "";
        void message.success(`已邀请 ${r.invited + r.renewed} 位委员${again}`);
        onClose();
      },
    }),
  );
  const option = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });
  const lists = reference.data;
  return (
    <ActionDialog<Values>
      title="邀请委员"
      okText="发出邀请"
      width={720}
      form={form}
      initialValues={empty}
      onFinish={(v) => invite.mutate({ consultationId: c.id, selection: v })}
      onClose={onClose}
      pending={invite.isPending}
      error={invite.error}
      onRefresh={() => void refresh()}
    >
      <Spin spinning={defaults.isPending}>
        <Typography.Paragraph type="secondary">
          可按界别、专委会、委员小组或姓名邀请，可组合；同一委员只邀请一次，已邀请的不会重复。
          {defaults.data && defaults.data.memberCount > 0 && ` 已按「${c.formatName}」的参加范围预选，共 ${defaults.data.memberCount} 位委员。`}
        </Typography.Paragraph>
        <Flex gap={16} wrap style={{ marginBottom: 12 }}>
          <Form.Item name="everyone" valuePropName="checked" noStyle>
            <Checkbox>全体委员</Checkbox>
          </Form.Item>
          <Form.Item name="standingMembers" valuePropName="checked" noStyle>
            <Checkbox>全体常委</Checkbox>
          </Form.Item>
          <Form.Item name="chairs" valuePropName="checked" noStyle>
            <Checkbox>主席会议成员</Checkbox>
          </Form.Item>
        </Flex>
        <Form.Item name="sectorIds" label="按界别">
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: "label" }} placeholder="选择界别" options={(lists?.sectors ?? []).map(option)} />
        </Form.Item>
        <Form.Item name="committeeIds" label="按专委会">
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: "label" }} placeholder="选择专委会" options={(lists?.committees ?? []).map(option)} />
        </Form.Item>
        <Form.Item name="townshipGroupIds" label="按委员小组">
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: "label" }} placeholder="选择镇街道委员小组" options={(lists?.townshipGroups ?? []).map(option)} />
        </Form.Item>
        <Form.Item name="memberIds" label="按姓名">
          <MemberSelect multiple />
        </Form.Item>
      </Spin>
    </ActionDialog>
  );
}
