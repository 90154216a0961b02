import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Modal, Typography } from "antd";
import { ServerAlert } from "@cppcc/ui/antd";
import { useServerProblems } from "../../forms/useServerProblems";
import { CredentialsNotice } from "./CredentialsNotice";
import { PasswordInput } from "./PasswordInput";
import { randomPassword } from "./randomPassword";

type Target = { id: string; username: string; displayName: string };
type Props = { account: Target | null; onClose: () => void };

/** 重置密码: a new password ends every session of the account, so whoever knew the old one is out. */
export function ResetPasswordModal({ account, onClose }: Props) {
  const trpc = useTRPC();
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const problems = useServerProblems(form, ["password"]);
  const reset = useMutation(
    trpc.account.resetPassword.mutationOptions({
      onSuccess: (_r, input) => {
        onClose();
        modal.success({ title: "密码已重置", content: <CredentialsNotice username={account?.username ?? ""} password={input.password} /> });
      },
      onError: problems.show,
    }),
  );
  return (
    <Modal
      title={`重置密码：${account?.displayName ?? ""}`}
      open={account !== null}
      onCancel={onClose}
      okText="重置"
      okButtonProps={{ loading: reset.isPending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">重置后该账号已登录的设备都会退出，需用新密码重新登录，并在登录后先改为自己的密码。</Typography.Paragraph>
      <ServerAlert general={problems.general} title="未能重置密码" />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ password: randomPassword() }}
        onFinish={({ password }) => account && reset.mutate({ id: account.id, password })}
      >
        <Form.Item label="新密码" name="password" rules={[{ required: true, message: "请输入新密码" }, { min: 8, message: "密码至少 8 位" }]}>
          <PasswordInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
