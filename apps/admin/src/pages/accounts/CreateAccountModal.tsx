import { handlingUnitName, type Role, roleLabels, roles } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useRosterReference } from "@cppcc/ui/roster";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Radio, Select } from "antd";
import { ServerAlert } from "@cppcc/ui/antd";
import { useServerProblems } from "../../forms/useServerProblems";
import { CredentialsNotice } from "./CredentialsNotice";
import { MemberPicker, type PickedMember } from "./MemberPicker";
import { PasswordInput } from "./PasswordInput";
import { randomPassword } from "./randomPassword";

type Values = {
  role: Role;
  memberId?: string;
  townshipId?: string;
  handlingUnitId?: string;
  username: string;
  displayName?: string;
  password: string;
};

const fieldNames = ["role", "memberId", "townshipId", "handlingUnitId", "username", "displayName", "password"] as const;

type Props = { open: boolean; onClose: () => void; member?: PickedMember };

/**
 * 开通账号: a login for a member, a township's liaison officer, a handling unit, or the office.
 * Each is tied to what it acts for; afterwards the office sees the password once, to hand over.
 */
export function CreateAccountModal({ open, onClose, member }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const reference = useRosterReference();
  const [form] = Form.useForm<Values>();
  const problems = useServerProblems(form, fieldNames);
  const role = Form.useWatch("role", form) ?? "member";
  const create = useMutation(
    trpc.account.create.mutationOptions({
      onSuccess: async (row, input) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.roster.members.get.pathKey() }),
        ]);
        onClose();
        modal.success({ title: "账号已开通", content: <CredentialsNotice username={row.username} password={input.password} /> });
      },
      onError: problems.show,
    }),
  );
  const submit = (v: Values) => {
    problems.clear();
    create.mutate({
      role: v.role,
      username: v.username,
      password: v.password,
      displayName: v.displayName?.trim() || undefined,
      memberId: v.role === "member" ? v.memberId : undefined,
      townshipId: v.role === "liaison" ? v.townshipId : undefined,
      handlingUnitId: v.role === "handler" ? v.handlingUnitId : undefined,
    });
  };
  // A member's phone is the username offices usually give: it is unique in the term and remembered.
  const picked = (m: PickedMember) => {
    if (!form.getFieldValue("username")) form.setFieldValue("username", m.phone);
  };
  return (
    <Modal
      title={member ? `为${member.name}开通账号` : "开通账号"}
      open={open}
      onCancel={onClose}
      okText="开通"
      okButtonProps={{ loading: create.isPending }}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
    >
      <ServerAlert general={problems.general} title="未能开通账号" />
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ role: "member", memberId: member?.id, username: member?.phone, password: randomPassword() }}
        onFinish={submit}
      >
        <Form.Item label="角色" name="role" rules={[{ required: true, message: "请选择角色" }]}>
          <Radio.Group
            disabled={!!member}
            optionType="button"
            options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
          />
        </Form.Item>
        {role === "member" && (
          <Form.Item label="委员" name="memberId" rules={[{ required: true, message: "请选择委员" }]}>
            <MemberPicker preset={member} onPick={picked} />
          </Form.Item>
        )}
        {role === "liaison" && (
          <Form.Item label="镇街道" name="townshipId" rules={[{ required: true, message: "请选择镇街道" }]}>
            <Select options={(reference.data?.townships ?? []).map((t) => ({ value: t.id, label: t.name }))} />
          </Form.Item>
        )}
        {role === "handler" && (
          <Form.Item label="承办单位" name="handlingUnitId" rules={[{ required: true, message: "请选择承办单位" }]}>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={(reference.data?.handlingUnits ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: handlingUnitName(u), title: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]} extra="字母、数字和 _ . @ -；委员通常用手机号">
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          label="显示名称"
          name="displayName"
          extra={role === "member" ? "不填则用委员姓名" : "如：李明（当湖街道联络员）"}
          rules={role === "member" ? [] : [{ required: true, message: "请填写显示名称" }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="初始密码" name="password" rules={[{ required: true, message: "请设置初始密码" }, { min: 8, message: "密码至少 8 位" }]}>
          <PasswordInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
