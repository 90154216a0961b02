import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Drawer, Flex, Form, Grid } from "antd";
import { ServerAlert } from "@cppcc/ui/antd";
import { useServerProblems } from "../../../forms/useServerProblems";
import type { ConsultationDetail } from "../shared/types";
import { useConsultationRefresh } from "../shared/useConsultationRefresh";
import { DraftFields } from "./DraftFields";
import { changedFields, draftFieldNames, draftOf, fromDraft, toDraft, type DraftValues } from "./draftValues";

type Props = { consultation: ConsultationDetail; onClose: () => void };

/** Changes what the consultation's state still allows; the rest is shown locked, with what to do instead. */
export function EditDraftDrawer({ consultation: c, onClose }: Props) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<DraftValues>();
  const problems = useServerProblems(form, draftFieldNames);
  const before = draftOf(c);
  const update = useMutation(
    trpc.consultation.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        void message.success("已保存修改");
        onClose();
      },
      onError: problems.show,
    }),
  );
  const submit = (v: DraftValues) => {
    problems.clear();
    const patch = changedFields(before, toDraft(v));
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate({ id: c.id, version: c.version, ...patch });
  };
  return (
    <Drawer
      open
      title="修改协商"
      onClose={onClose}
      size={screens.md ? 820 : "100%"}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            保存修改
          </Button>
        </Flex>
      }
    >
      <ServerAlert general={problems.general} />
      <Form<DraftValues>
        form={form}
        layout="vertical"
        initialValues={fromDraft(before)}
        disabled={update.isPending}
        onFinish={submit}
        onValuesChange={() => problems.general && problems.clear()}
      >
        <DraftFields form={form} state={c.state} />
      </Form>
    </Drawer>
  );
}
