import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { isMobilePhone, participantKindLabels, participantKinds, participantRecordProblem, type ConsultationState, type ParticipantKind } from "@cppcc/domain";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Empty, Flex, Form, Input, Modal, Popconfirm, Select, Table, Typography, type TableColumnsType } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { RouterOutputs } from "@cppcc/api";
import { useTRPC } from "../../trpc/context";
import { errorMessage } from "../../trpc/errors";
import { LoadMore } from "../roster/LoadMore";
import { StepError } from "../StepError";

type Participant = RouterOutputs["consultation"]["participant"]["list"]["items"][number];
type Values = { name: string; kind: ParticipantKind; unit?: string; phone?: string };

/**
 * 其他参会人员: people at a consultation who are not members (部门代表、群众、领导、专家). They count
 * in 参与人次 beside the members present; the phone is for the organiser only. Shared by the
 * office's consultation page and the liaison's session page.
 */
export function ParticipantsPanel({ consultation: c }: { consultation: { id: string; state: ConsultationState } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const pages = useInfiniteQuery(
    trpc.consultation.participant.list.infiniteQueryOptions(
      { consultationId: c.id, limit: 50 },
      { getNextPageParam: (p) => p.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  // The consultation's counts (参与人次) move with the list.
  const refresh = () => void queryClient.invalidateQueries(trpc.consultation.pathFilter());
  const remove = useMutation(
    trpc.consultation.participant.remove.mutationOptions({
      onSuccess: () => {
        void message.success("已删除");
        refresh();
      },
      onError: (e) => void message.error(errorMessage(e)),
    }),
  );
  const closedReason = participantRecordProblem(c.state);
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const columns: TableColumnsType<Participant> = [
    { title: "姓名", dataIndex: "name", width: 120 },
    { title: "身份", key: "kind", width: 100, render: (_, p) => participantKindLabels[p.kind] },
    { title: "单位 / 职务", dataIndex: "unit", render: (u: string) => u || <Typography.Text type="secondary">—</Typography.Text> },
    { title: "联系电话", dataIndex: "phone", width: 130, render: (p: string | null) => p ?? <Typography.Text type="secondary">—</Typography.Text> },
    { title: "登记时间", key: "at", width: 150, render: (_, p) => dayjs(p.createdAt).tz().format("YYYY-MM-DD HH:mm") },
  ];
  if (!closedReason) {
    columns.push({
      title: "操作",
      key: "actions",
      width: 80,
      render: (_, p) => (
        <Popconfirm title={`删除「${p.name}」？`} okText="删除" cancelText="取消" onConfirm={() => remove.mutate({ consultationId: c.id, id: p.id })}>
          <Button type="link" danger size="small" icon={<DeleteOutlined />} aria-label={`删除 ${p.name}`} />
        </Popconfirm>
      ),
    });
  }
  if (pages.isError) return <Typography.Text type="danger">{errorMessage(pages.error)}</Typography.Text>;
  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {closedReason ?? "登记参会的部门代表、群众、领导、专家等非委员人员，计入参与人次；电话仅工作人员可见。"}
        </Typography.Text>
        {!closedReason && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            登记参会人员
          </Button>
        )}
      </Flex>
      <Table<Participant>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={pages.isPending}
        pagination={false}
        scroll={{ x: 680 }}
        locale={{ emptyText: <Empty description="还没有登记非委员参会人员" /> }}
      />
      {rows.length > 0 && (
        <LoadMore shown={rows.length} hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} unit="人" />
      )}
      {adding && (
        <AddParticipantDialog
          consultationId={c.id}
          onClose={() => setAdding(false)}
          onDone={(again) => {
            refresh();
            if (!again) setAdding(false);
          }}
        />
      )}
    </>
  );
}

/** One person at a time; 「保存并继续」 keeps the dialog open for the next one on the sign-in sheet. */
function AddParticipantDialog({ consultationId, onClose, onDone }: { consultationId: string; onClose: () => void; onDone: (again: boolean) => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [again, setAgain] = useState(false);
  const record = useMutation(
    trpc.consultation.participant.record.mutationOptions({
      onSuccess: (p) => {
        void message.success(`已登记 ${p.name}`);
        form.resetFields(["name", "phone"]);
        onDone(again);
      },
    }),
  );
  const submit = (next: boolean) => {
    setAgain(next);
    form.submit();
  };
  return (
    <Modal
      open
      title="登记参会人员"
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="again" loading={record.isPending && again} onClick={() => submit(true)}>
          保存并继续登记
        </Button>,
        <Button key="ok" type="primary" loading={record.isPending && !again} onClick={() => submit(false)}>
          保存
        </Button>,
      ]}
    >
      <StepError error={record.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        disabled={record.isPending}
        initialValues={{ kind: "departmentRep" }}
        onFinish={(v) => record.mutate({ consultationId, name: v.name.trim(), kind: v.kind, unit: v.unit?.trim() ?? "", phone: v.phone?.trim() || null })}
      >
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: "请填写姓名" }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="kind" label="身份" rules={[{ required: true, message: "请选择身份" }]}>
          <Select options={participantKinds.map((k) => ({ value: k, label: participantKindLabels[k] }))} />
        </Form.Item>
        <Form.Item name="unit" label="单位或职务">
          <Input maxLength={60} placeholder="如：市住建局 科长、东湖社区居民" />
        </Form.Item>
        <Form.Item
          name="phone"
          label="联系电话"
          extra="仅工作人员可见，用于会后反馈"
          rules={[
            {
              validator: async (_r, value: string | undefined) => {
                if (value?.trim() && !isMobilePhone(value)) throw new Error("手机号码应为 11 位中国大陆手机号，例如 13812345678");
              },
            },
          ]}
        >
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
