import { Alert, Button, Flex, Form, Input } from "antd";
import { confirmMismatch, useChangePassword, type ChangePasswordValues } from "../session/useChangePassword";

/** 修改密码 in the antd apps: each problem the server names is shown under its own field. */
export function ChangePasswordForm({ onChanged, onCancel }: { onChanged: () => void; onCancel?: () => void }) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const { change, isPending, general } = useChangePassword({ onChanged, setFields: (fields) => form.setFields(fields) });
  return (
    <Form<ChangePasswordValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={isPending}
      onFinish={change}
    >
      <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: "请输入当前密码" }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        label="新密码"
        name="newPassword"
        extra="至少 8 位，包含字母、数字、符号中的至少两类，不能与用户名或当前密码相同"
        rules={[{ required: true, message: "请输入新密码" }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="再次输入新密码"
        name="confirmPassword"
        dependencies={["newPassword"]}
        rules={[
          { required: true, message: "请再次输入新密码" },
          ({ getFieldsValue }) => ({
            validator: async (_, value: string) => {
              const problem = confirmMismatch(getFieldsValue(), value ?? "");
              if (problem) throw new Error(problem);
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {general && <Alert type="error" showIcon title={general} role="alert" style={{ marginBottom: 16 }} />}
      <Flex gap={8} justify="flex-end">
        {onCancel && <Button onClick={onCancel}>取消</Button>}
        <Button type="primary" htmlType="submit" loading={isPending}>
          修改密码
        </Button>
      </Flex>
    </Form>
  );
}
