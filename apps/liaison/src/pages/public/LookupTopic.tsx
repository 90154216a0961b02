import { errorCode, errorMessage, formProblems, useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { SessionLine } from "./SessionLine";
import { StatusTag } from "./StatusTag";
import type { TopicLookup } from "./types";

type Values = { receiptNo: string; code: string };

/**
 * 查询进度: the receipt number and the phone's last four digits (or the lookup code) open one
 * topic's status — the reason if declined, the session's day and place once scheduled.
 */
export function LookupTopic({ townshipId, initial }: { townshipId: string; initial: Partial<Values> }) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string | null>(null);
  const lookup = useMutation(
    trpc.consultation.publicTopic.lookup.mutationOptions({
      onError: (error) => {
        const problems = formProblems(error, ["receiptNo", "code"]);
        form.setFields(problems.fields);
        if (errorCode(error) !== "BAD_REQUEST" || problems.fields.length === 0) setGeneral(problems.general[0] ?? errorMessage(error));
      },
    }),
  );
  return (
    <Flex vertical gap={12}>
      <Card>
        {general && <Alert type="error" showIcon role="alert" title={general} style={{ marginBottom: 16 }} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initial}
          disabled={lookup.isPending}
          onValuesChange={() => setGeneral(null)}
          onFinish={(v) => {
            lookup.reset();
            lookup.mutate({ townshipId, receiptNo: v.receiptNo, code: v.code });
          }}
        >
          <Form.Item name="receiptNo" label="回执号" rules={[{ required: true, whitespace: true, message: "请填写回执号" }]}>
            <Input size="large" placeholder="如：YT-20261202-4827" autoCapitalize="characters" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="code"
            label="手机号后四位（或查询码）"
            extra="提交时没留手机号的，请填回执上的 4 位查询码"
            rules={[{ required: true, pattern: /^\d{4}$/, message: "请填写 4 位数字" }]}
          >
            <Input size="large" inputMode="numeric" maxLength={4} placeholder="如：5678" autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={lookup.isPending} data-testid="lookup-submit">
            查询
          </Button>
        </Form>
      </Card>
      {lookup.data && <LookupResult result={lookup.data} />}
    </Flex>
  );
}

function LookupResult({ result: r }: { result: TopicLookup }) {
  return (
    <Card size="small" data-testid="lookup-result">
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {r.topic}
        </Typography.Text>
        <StatusTag status={r.status} label={r.statusLabel} />
      </Flex>
      {r.publishedDescription && (
        <Typography.Paragraph type="secondary" style={{ margin: "6px 0", whiteSpace: "pre-wrap" }}>
          {r.publishedDescription}
        </Typography.Paragraph>
      )}
      {r.status === "rejected" && (
        <Alert type="warning" showIcon style={{ margin: "8px 0" }} title="未采纳的理由" description={r.rejectReason ?? "联络室未填写理由"} />
      )}
      {r.status === "pending" && <Typography.Paragraph style={{ margin: "8px 0" }}>联络室正在审核，请耐心等待。</Typography.Paragraph>}
      {r.status === "accepted" && <Typography.Paragraph style={{ margin: "8px 0" }}>已采纳并公示，正在安排委员协商。</Typography.Paragraph>}
      {r.session && (
        <>
          <Typography.Text>议事会：{r.session.title}</Typography.Text>
          <SessionLine session={r.session} />
        </>
      )}
      {r.status === "published" && <Typography.Paragraph style={{ margin: "8px 0" }}>议事结果已公示，请到「议事结果」查看。</Typography.Paragraph>}
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 8 }}
        items={[
          { key: "no", label: "回执号", children: r.receiptNo },
          { key: "at", label: "提交时间", children: dayjs(r.submittedAt).tz().format("YYYY-MM-DD HH:mm") },
          { key: "where", label: "镇街道", children: r.townshipName },
        ]}
      />
    </Card>
  );
}
