import { venueKindLabels, venueKinds, type VenueKind } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Form, Input, Modal, Rate, Select } from "antd";
import { ServerAlert } from "@cppcc/ui/antd";
import { useConsultationOptions } from "../deliberation/shared/useConsultationOptions";
import { useConsultationRefresh } from "../deliberation/shared/useRefresh";
import { useServerProblems } from "../deliberation/shared/useServerProblems";
import type { VenueListItem } from "./types";
import { useTownshipMembers } from "./useTownshipMembers";

type Values = { kind: VenueKind; name: string; address?: string; stars?: number | null; hostMemberIds?: string[] };

const fields = ["kind", "name", "address", "stars", "hostMemberIds"] as const;

type Props = { townshipId: string; venue: VenueListItem | null; onClose: () => void };

/** 登记 or 修改 a venue of the officer's own township; only reception halls carry stars. */
export function VenueFormDialog({ townshipId, venue, onClose }: Props) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const options = useConsultationOptions();
  const members = useTownshipMembers();
  const [form] = Form.useForm<Values>();
  const problems = useServerProblems(form, fields);
  const kind = Form.useWatch("kind", form) ?? venue?.kind ?? "deliberationHall";
  const done = (text: string) => () => {
    void message.success(text);
    refresh();
    onClose();
  };
  const create = useMutation(trpc.consultation.venue.create.mutationOptions({ onSuccess: done("阵地已登记"), onError: problems.show }));
  const update = useMutation(trpc.consultation.venue.update.mutationOptions({ onSuccess: done("阵地已保存"), onError: problems.show }));
  const pending = create.isPending || update.isPending;
  const stars = options.data?.receptionHallStars ?? { min: 3, max: 5 };

  const submit = (v: Values) => {
    const input = {
      kind: v.kind,
      name: v.name.trim(),
      townshipId,
      address: v.address?.trim() ?? "",
      stars: v.kind === "receptionHall" ? (v.stars ?? null) : null,
      hostMemberIds: v.hostMemberIds ?? [],
    };
    if (venue) update.mutate({ ...input, id: venue.id, version: venue.version });
    else create.mutate(input);
  };

  return (
    <Modal
      open
      title={venue ? `修改阵地：${venue.name}` : "登记阵地"}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: pending }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <ServerAlert general={problems.general} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        disabled={pending}
        onValuesChange={problems.clear}
        initialValues={
          venue
            ? { kind: venue.kind, name: venue.name, address: venue.address, stars: venue.stars, hostMemberIds: venue.hostMemberIds }
            : { kind: "deliberationHall", hostMemberIds: [] }
        }
        onFinish={submit}
      >
        <Form.Item name="kind" label="阵地类型" rules={[{ required: true, message: "请选择阵地类型" }]}>
          <Select options={venueKinds.map((k) => ({ value: k, label: venueKindLabels[k] }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: "请填写阵地名称" },
            { min: 2, message: "阵地名称至少 2 个字" },
          ]}
        >
          <Input maxLength={60} showCount placeholder="如：当湖街道民生议事堂" />
        </Form.Item>
        <Form.Item name="address" label="地址">
          <Input maxLength={120} placeholder="如：当湖街道社区服务中心三楼" />
        </Form.Item>
        {kind === "receptionHall" && (
          <Form.Item
            name="stars"
            label="星级"
            extra={`委员会客厅按 ${stars.min} 至 ${stars.max} 星评定`}
            rules={[
              { required: true, message: "委员会客厅须评定星级" },
              { type: "number", min: stars.min, max: stars.max, message: `星级须在 ${stars.min} 至 ${stars.max} 星之间` },
            ]}
          >
            <Rate count={stars.max} />
          </Form.Item>
        )}
        <Form.Item name="hostMemberIds" label="牵头委员" extra="会客厅、工作室的牵头委员（本镇街道委员小组）">
          <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} loading={members.isPending} options={members.data} placeholder="可不选" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
