import { mobilePhone } from "@cppcc/domain";
import { errorMessage, formProblems, useTRPC, zodRule } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Form, Input, Popup, Toast } from "antd-mobile";
import { useState } from "react";

type Props = { visible: boolean; current: string; onClose: () => void };

/**
 * 修改手机号: checked on the phone with the server's own rule, then by the server (which also
 * refuses a number another member of the term has). The office sees the change in the audit log.
 */
export function PhonePopup({ visible, current, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ phone: string }>();
  const [general, setGeneral] = useState<string | null>(null);
  const save = useMutation(
    trpc.roster.members.updateOwnPhone.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.roster.pathKey() });
        Toast.show({ icon: "success", content: "手机号已修改" });
        onClose();
      },
      onError: (error) => {
        const problems = formProblems(error, ["phone"]);
        form.setFields(problems.fields);
        setGeneral(problems.general[0] ?? (problems.fields.length === 0 ? errorMessage(error) : null));
      },
    }),
  );
  return (
    <Popup
      visible={visible}
      onMaskClick={onClose}
      onClose={onClose}
      afterShow={() => setGeneral(null)}
      destroyOnClose
      bodyStyle={{ borderTopLeftRadius: 12, borderTopRightRadius: 12, paddingBottom: "env(safe-area-inset-bottom)" }}
    >
      <div style={{ padding: "16px 16px 0", fontSize: 17, fontWeight: 600, textAlign: "center" }}>修改手机号</div>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        initialValues={{ phone: current }}
        disabled={save.isPending}
        onFinish={({ phone }: { phone: string }) => {
          setGeneral(null);
          save.mutate({ phone });
        }}
        footer={
          <>
            {general && (
              <div role="alert" style={{ marginBottom: 12, padding: "10px 14px", borderRadius: 8, background: "#fff1f0", color: "#cf1322", fontSize: 15 }}>
                {general}
              </div>
            )}
            <Button block type="submit" color="primary" size="large" loading={save.isPending} loadingText="正在保存">
              保存
            </Button>
            <Button block fill="none" size="large" onClick={onClose} style={{ marginTop: 8 }}>
              取消
            </Button>
          </>
        }
      >
        <Form.Item
          name="phone"
          label="新手机号"
          description="用于接收会议和履职通知；完整号码仅您本人和市政协办公室可见"
          rules={[{ required: true, message: "请填写手机号码" }, zodRule(mobilePhone)]}
        >
          <Input id="phone" type="tel" inputMode="tel" placeholder="11 位手机号" clearable maxLength={20} autoComplete="tel" />
        </Form.Item>
      </Form>
    </Popup>
  );
}
