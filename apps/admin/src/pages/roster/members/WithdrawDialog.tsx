import { errorCode, useTRPC } from "@cppcc/ui";
import { dayText, todayIso, type MemberDetail } from "@cppcc/ui/roster";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, DatePicker, Form, Input, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { ServerAlert } from "@cppcc/ui/antd";
import { useServerProblems } from "../../../forms/useServerProblems";
import { isoDay } from "./form/memberFormValues";

type Values = { withdrawnOn: Dayjs; reason: string };

type Props = { member: MemberDetail; open: boolean; onClose: () => void };

/**
 * 退出: date and reason, then a second, explicit confirmation, because it closes the member's
 * places and stops their login. The record and everything done before stay.
 */
export function WithdrawDialog({ member, open, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const problems = useServerProblems(form, ["withdrawnOn", "reason"]);
  const withdraw = useMutation(
    trpc.roster.members.withdraw.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.roster.pathKey() });
        void message.success(`${member.name}已办理退出`);
        onClose();
      },
      onError: (error) => {
        problems.show(error);
        if (errorCode(error) === "CONFLICT") void queryClient.invalidateQueries({ queryKey: trpc.roster.members.get.queryKey({ id: member.id }) });
      },
    }),
  );

  const confirm = ({ withdrawnOn, reason }: Values) => {
    problems.clear();
    const on = isoDay(withdrawnOn);
    modal.confirm({
      title: `确认${member.name}于${dayText(on)}退出？`,
      content: "退出后，其界别、专委会和委员小组记录在该日结束，登录账号随即停用；委员记录和此前的履职记录都会保留。",
      okText: "确认退出",
      okButtonProps: { danger: true },
      cancelText: "再想想",
      onOk: () => withdraw.mutateAsync({ id: member.id, version: member.version, withdrawnOn: on, reason }).catch(() => undefined),
    });
  };

  return (
    <Modal
      title={`办理退出：${member.name}`}
      open={open}
      onCancel={onClose}
      okText="办理退出"
      okButtonProps={{ danger: true, loading: withdraw.isPending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">委员可在任期中退出（推荐提名和退出机制）；退出须记录日期和原因。</Typography.Paragraph>
      <ServerAlert general={problems.general} title="未能办理退出" />
      <Form<Values> form={form} layout="vertical" initialValues={{ withdrawnOn: dayjs(todayIso()) }} onFinish={confirm}>
        <Form.Item label="退出日期" name="withdrawnOn" rules={[{ required: true, message: "请选择退出日期" }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label="退出原因"
          name="reason"
          rules={[
            { required: true, message: "请填写退出原因" },
            { min: 2, message: "退出原因至少 2 个字" },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：工作调动，本人申请辞去委员职务" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
