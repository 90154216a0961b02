import { confirmMismatch, useChangePassword, type ChangePasswordValues } from "@cppcc/ui";
import { Button, Form, Input } from "antd-mobile";

/** 修改密码 on a phone: each problem the server names is shown under its own field. */
export function PasswordForm({ onChanged, onCancel }: { onChanged: () => void; onCancel?: () => void }) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const { change, isPending, general } = useChangePassword({ onChanged, setFields: (fields) => form.setFields(fields) });
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMarkStyle="none"
      disabled={isPending}
      onFinish={change}
      footer={
        <>
          {general && (
            <div role="alert" style={{ marginBottom: 12, padding: "10px 14px", borderRadius: 8, background: "#fff1f0", color: "#cf1322", fontSize: 15 }}>
              {general}
            </div>
          )}
          <Button block type="submit" color="primary" size="large" loading={isPending} loadingText="正在修改">
            修改密码
          </Button>
          {onCancel && (
            <Button block fill="none" size="large" onClick={onCancel} style={{ marginTop: 8 }}>
              取消
            </Button>
          )}
        </>
      }
    >
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: "请输入当前密码" }]}>
        <Input id="currentPassword" type="password" autoComplete="current-password" clearable />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        description="至少 8 位，包含字母、数字、符号中的至少两类，不能与用户名或当前密码相同"
        rules={[{ required: true, message: "请输入新密码" }]}
      >
        <Input id="newPassword" type="password" autoComplete="new-password" clearable />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="再次输入新密码"
        dependencies={["newPassword"]}
        rules={[
          { required: true, message: "请再次输入新密码" },
          {
            validator: async (_, value: string | undefined) => {
              const problem = confirmMismatch(form.getFieldsValue(), value ?? "");
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        <Input id="confirmPassword" type="password" autoComplete="new-password" clearable />
      </Form.Item>
    </Form>
  );
}
