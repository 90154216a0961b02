import { termLabel } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useRosterReference } from "@cppcc/ui/roster";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Col, DatePicker, Drawer, Flex, Form, Grid, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect } from "react";
import { ServerAlert } from "@cppcc/ui/antd";
import { useServerProblems } from "../../../forms/useServerProblems";
import { MemberFields } from "./form/MemberFields";
import { isoDay, memberFieldNames, toEntry, type MemberFormValues } from "./form/memberFormValues";

type Values = MemberFormValues & { termId: string; joinedOn?: Dayjs };

type Props = { open: boolean; onClose: () => void; onCreated: (id: string) => void };

/** 新增委员: one member with their sector, committees and group from the day they join. */
export function CreateMemberDrawer({ open, onClose, onCreated }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reference = useRosterReference();
  const [form] = Form.useForm<Values>();
  const problems = useServerProblems(form, memberFieldNames);
  const screens = Grid.useBreakpoint();
  const create = useMutation(
    trpc.roster.members.create.mutationOptions({
      onSuccess: async ({ id }, input) => {
        await queryClient.invalidateQueries({ queryKey: trpc.roster.pathKey() });
        void message.success(`已添加委员${input.name}`);
        form.resetFields();
        problems.clear();
        onClose();
        onCreated(id);
      },
      onError: problems.show,
    }),
  );
  const terms = reference.data?.terms ?? [];
  const latestTerm = terms[0]?.id;
  // The lists may arrive after the form opened: default to the latest term once they do.
  useEffect(() => {
    if (open && latestTerm && !form.getFieldValue("termId")) form.setFieldValue("termId", latestTerm);
  }, [open, latestTerm, form]);
  const submit = (v: Values) => {
    problems.clear();
    const { termId, joinedOn, ...fields } = v;
    create.mutate({ ...toEntry(fields), termId, joinedOn: joinedOn ? isoDay(joinedOn) : undefined });
  };
  return (
    <Drawer
      title="新增委员"
      open={open}
      onClose={onClose}
      size={screens.md ? 720 : "100%"}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Flex>
      }
    >
      <ServerAlert general={problems.general} />
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={create.isPending}
        initialValues={{ gender: "male", ethnicity: "汉族", post: "member", committeeIds: [], termId: latestTerm }}
        onFinish={submit}
        onValuesChange={() => problems.general && problems.clear()}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label="届次" name="termId" rules={[{ required: true, message: "请选择届次" }]}>
              <Select options={terms.map((t) => ({ value: t.id, label: `${termLabel(t.number)}（${t.startDate} 至 ${t.endDate}）` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label="加入日期" name="joinedOn" extra="不填则为本届开始之日；增补委员请填写增补日期">
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <MemberFields reference={reference.data} />
      </Form>
    </Drawer>
  );
}
