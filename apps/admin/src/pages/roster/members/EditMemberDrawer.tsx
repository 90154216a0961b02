import { errorCode, useTRPC } from "@cppcc/ui";
import { todayIso, useRosterReference, type MemberDetail } from "@cppcc/ui/roster";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Grid } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { ServerAlert } from "@cppcc/ui/antd";
import { useServerProblems } from "../../../forms/useServerProblems";
import { MemberFields } from "./form/MemberFields";
import { changedFields, fromMember, isoDay, memberFieldNames, movesPlaces, toEntry, type MemberFormValues } from "./form/memberFormValues";

type Values = MemberFormValues & { changedOn?: Dayjs };

type Props = { member: MemberDetail; open: boolean; onClose: () => void };

/**
 * 编辑委员. Sends only what changed, with the version it was opened at: if someone else saved
 * first, the server says CONFLICT and the person may reload their version rather than overwrite
 * it. Moving sector, committee or group asks for the day of the move (变动日期).
 */
export function EditMemberDrawer({ member, open, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reference = useRosterReference();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const problems = useServerProblems(form, memberFieldNames);
  // The record the form was filled from: its version goes with the save.
  const [base, setBase] = useState(member);
  const [conflict, setConflict] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setBase(member);
    setConflict(null);
    problems.clear();
    form.resetFields();
    form.setFieldsValue({ ...fromMember(member), changedOn: dayjs(todayIso()) });
    // Refill only when the drawer opens, never under the person's hands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const moving = watched ? movesPlaces(base, watched) : false;

  const update = useMutation(
    trpc.roster.members.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.roster.pathKey() });
        void message.success(`已保存${base.name}的信息`);
        onClose();
      },
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") setConflict(error.message);
        else problems.show(error);
      },
    }),
  );

  const reload = async () => {
    const fresh = await queryClient.fetchQuery(trpc.roster.members.get.queryOptions({ id: base.id }, { staleTime: 0 }));
    setBase(fresh);
    setConflict(null);
    problems.clear();
    form.resetFields();
    form.setFieldsValue({ ...fromMember(fresh), changedOn: dayjs(todayIso()) });
    void queryClient.invalidateQueries({ queryKey: trpc.roster.members.list.pathKey() });
  };

  const submit = ({ changedOn, ...values }: Values) => {
    problems.clear();
    const changed = changedFields(base, toEntry(values));
    if (Object.keys(changed).length === 0) {
      void message.info("没有修改任何内容");
      return;
    }
    update.mutate({
      id: base.id,
      version: base.version,
      ...changed,
      ...(movesPlaces(base, values) && changedOn && { changedOn: isoDay(changedOn) }),
    });
  };

  return (
    <Drawer
      title={`编辑委员：${base.name}`}
      open={open}
      onClose={onClose}
      size={screens.md ? 720 : "100%"}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={update.isPending} disabled={conflict !== null} onClick={() => form.submit()}>
            保存
          </Button>
        </Flex>
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title="该委员的信息已被他人修改"
          description={`${conflict}。点击“重新加载”显示最新信息；您在此处的修改需要重新填写。`}
          action={
            <Button size="small" type="primary" onClick={() => void reload()}>
              重新加载
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <ServerAlert general={problems.general} />
      <Form<Values> form={form} layout="vertical" disabled={update.isPending} onFinish={submit}>
        <MemberFields reference={reference.data} />
        {moving && (
          <Alert
            type="info"
            showIcon
            title="界别、专委会或委员小组有变动"
            description={
              <Form.Item
                label="变动日期"
                name="changedOn"
                extra="原记录在这一天结束，新记录从这一天开始；此前的履职记录保留在原处"
                rules={[{ required: true, message: "请选择变动日期" }]}
                style={{ marginTop: 8, marginBottom: 0 }}
              >
                <DatePicker style={{ width: 200 }} />
              </Form.Item>
            }
          />
        )}
      </Form>
    </Drawer>
  );
}
