import {
  consultationModeLabels,
  consultationModes,
  contactNameOf,
  deliberationTopicSourceLabels,
  deliberationTopicSources,
  type ConsultationMode,
  type DeliberationTopicSource,
} from "@cppcc/domain";
import { useSignedIn, useTRPC } from "@cppcc/ui";
import { MeetingFields, PageLoading, PageTitle, QueryFailed, ServerAlert } from "@cppcc/ui/antd";
import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Checkbox, DatePicker, Empty, Flex, Form, Input, Radio, Select, Switch, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { isoOf } from "../shared/format";
import { NoTownship } from "../shared/NoTownship";
import { useOwnTownship } from "../shared/useOwnTownship";
import { useConsultationRefresh } from "../shared/useRefresh";
import { useServerProblems } from "../shared/useServerProblems";

type Values = {
  topicSource: DeliberationTopicSource;
  topicIds: string[];
  title: string;
  plannedDate: Dayjs;
  startTime?: string;
  contactName?: string;
  contactPhone?: string;
  replyDeadline?: Dayjs | null;
  mode: ConsultationMode;
  venueId?: string | null;
  venue?: string;
  description?: string;
  inviteDefault: boolean;
};

const fields = [
  "topicSource",
  "topicIds",
  "title",
  "plannedDate",
  "startTime",
  "contactName",
  "contactPhone",
  "replyDeadline",
  "mode",
  "venueId",
  "venue",
  "description",
] as const;

/**
 * 安排民生议事堂 in one step: residents' accepted topics, or a topic a member, the township or the
 * council brought, typed as the title. The township's member group and its paired sector groups
 * may be invited at once, or later from the session page; they reply in the portal.
 */
export function SchedulePage() {
  const { townshipId } = useOwnTownship();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [params] = useSearchParams();
  const { account } = useSignedIn();
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch("topicSource", form);
  const problems = useServerProblems(form, fields);
  const topics = useQuery(
    trpc.consultation.residentTopic.list.queryOptions(
      { townshipId: townshipId ?? undefined, state: "accepted", limit: 200 },
      { enabled: !!townshipId, select: (p) => p.items.filter((t) => !t.consultationId) },
    ),
  );
  const venues = useQuery(
    trpc.consultation.venue.list.queryOptions({ townshipId: townshipId ?? undefined, kind: "deliberationHall", limit: 200 }, { enabled: !!townshipId }),
  );
  const schedule = useMutation(
    trpc.consultation.deliberation.scheduleFromTopics.mutationOptions({
      onSuccess: ({ consultation, invitations }) => {
        refresh();
        void message.success(invitations.invited > 0 ? `议事已安排，已邀请 ${invitations.invited} 位委员` : "议事已安排，可在「邀请与出席」中邀请委员");
        void navigate(`/deliberations/${consultation.id}`);
      },
      onError: problems.show,
    }),
  );
  const preselected = useMemo(() => (params.get("topics") ?? "").split(",").filter(Boolean), [params]);

  if (!townshipId) return <NoTownship />;
  if (topics.isPending) return <PageLoading />;
  if (topics.isError) return <QueryFailed query={topics} />;
  const available = topics.data;
  const initialTopics = preselected.filter((id) => available.some((t) => t.id === id));
  const firstTopic = available.find((t) => t.id === initialTopics[0]);

  const fromResidents = (source ?? (available.length > 0 ? "resident" : "member")) === "resident";

  return (
    <>
      <PageTitle title="安排民生议事堂" subtitle="选择群众议题或填写委员、镇街道提出和政协交办的议题，确定议事时间、地点和联系人" />
      <Card style={{ maxWidth: 880 }}>
        <ServerAlert general={problems.general} title="未能安排议事" />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          disabled={schedule.isPending}
          initialValues={{
            topicSource: available.length > 0 ? "resident" : "member",
            topicIds: initialTopics,
            title: firstTopic ? `关于${firstTopic.topic}的民生议事` : "",
            mode: "offline",
            inviteDefault: true,
            plannedDate: dayjs().tz().add(7, "day"),
            contactName: contactNameOf(account.displayName) ?? undefined,
          }}
          onValuesChange={problems.clear}
          onFinish={(v) =>
            schedule.mutate({
              topicSource: v.topicSource,
              topicIds: v.topicIds ?? [],
              title: v.title.trim(),
              plannedDate: isoOf(v.plannedDate)!,
              startTime: v.startTime?.trim() || null,
              contactName: v.contactName?.trim() || null,
              contactPhone: v.contactPhone?.trim() || null,
              replyDeadline: isoOf(v.replyDeadline),
              mode: v.mode,
              venueId: v.venueId ?? null,
              venue: v.venue?.trim() || null,
              description: v.description?.trim() ?? "",
              inviteDefault: v.inviteDefault,
            })
          }
        >
          <Form.Item name="topicSource" label="议题来源">
            <Radio.Group optionType="button" options={deliberationTopicSources.map((s) => ({ value: s, label: deliberationTopicSourceLabels[s] }))} />
          </Form.Item>
          {available.length === 0 && fromResidents ? (
            <Form.Item label="群众议题">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待安排的已采纳议题">
                <Link to="/topics">去审核群众议题</Link>
              </Empty>
            </Form.Item>
          ) : available.length > 0 ? (
            <Form.Item
              name="topicIds"
              label={fromResidents ? "群众议题" : "相关的群众议题"}
              extra={fromResidents ? undefined : "可不选；选中的群众议题将与本次议事关联"}
              rules={fromResidents ? [{ required: true, message: "请至少选择一个议题" }] : []}
            >
              <Checkbox.Group style={{ width: "100%" }}>
                <Flex vertical gap={8}>
                  {available.map((t) => (
                    <Checkbox key={t.id} value={t.id}>
                      <Typography.Text strong>{t.topic}</Typography.Text>
                      <Typography.Text type="secondary" ellipsis style={{ display: "block", maxWidth: 640 }}>
                        {t.description}
                      </Typography.Text>
                    </Checkbox>
                  ))}
                </Flex>
              </Checkbox.Group>
            </Form.Item>
          ) : null}
          <Form.Item
            name="title"
            label={fromResidents ? "议事题目" : "议事题目（议题）"}
            rules={[
              { required: true, whitespace: true, message: "请填写议事题目" },
              { min: 4, message: "议事题目至少 4 个字" },
            ]}
          >
            <Input maxLength={80} showCount placeholder="如：关于老旧小区加装电梯的民生议事" />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="plannedDate" label="议事日期" rules={[{ required: true, message: "请选择议事日期" }]} style={{ flex: "1 1 220px" }}>
              <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isBefore(dayjs().tz(), "day")} />
            </Form.Item>
            <Form.Item
              name="replyDeadline"
              label="报名截止日期"
              dependencies={["plannedDate"]}
              extra="委员在此日期前回复邀请；不填则开会前均可回复"
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, value: Dayjs | null | undefined) => {
                    const date = getFieldValue("plannedDate") as Dayjs | undefined;
                    if (value && date && value.isAfter(date, "day")) throw new Error("报名截止日期不能晚于议事日期");
                  },
                }),
              ]}
              style={{ flex: "1 1 220px" }}
            >
              <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isBefore(dayjs().tz(), "day")} />
            </Form.Item>
          </Flex>
          <MeetingFields />
          <Form.Item name="mode" label="议事方式">
            <Radio.Group optionType="button" options={consultationModes.map((m) => ({ value: m, label: consultationModeLabels[m] }))} />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="venueId" label="议事场所" extra="本镇街道登记的民生议事堂阵地" style={{ flex: "1 1 280px" }}>
              <Select
                allowClear
                loading={venues.isPending}
                placeholder={venues.data?.items.length === 0 ? "尚未登记议事堂，可在右侧填写地点" : "选择议事堂"}
                options={venues.data?.items.map((v) => ({ value: v.id, label: v.name }))}
                notFoundContent={<Link to="/venues">去登记阵地</Link>}
              />
            </Form.Item>
            <Form.Item name="venue" label="地点说明" extra="未登记的地点，或补充房间号" style={{ flex: "1 1 280px" }}>
              <Input maxLength={100} placeholder="如：当湖街道社区服务中心三楼会议室" />
            </Form.Item>
          </Flex>
          <Form.Item name="description" label="议事说明">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder="议事的背景、邀请的部门和群众代表等" />
          </Form.Item>
          <Form.Item
            name="inviteDefault"
            label="邀请委员"
            valuePropName="checked"
            extra="邀请本镇街道委员小组和结对界别活动组的全部委员；暂不邀请的，可在议事页面按小组、界别或姓名邀请，当天到会的委员也可直接登记"
          >
            <Switch checkedChildren="邀请" unCheckedChildren="暂不邀请" />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={schedule.isPending}>
              安排议事
            </Button>
            <Button onClick={() => void navigate(-1)}>取消</Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
