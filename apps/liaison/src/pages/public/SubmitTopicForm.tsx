import { isMobilePhone, residentTopicLimits, residentTopicProblems } from "@cppcc/domain";
import { errorCode, errorMessage, formProblems, useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, Form, Input, Result, Typography, type UploadFile } from "antd";
import { useState } from "react";
import { PhotoPicker, uploadedPhotoIds } from "./PhotoPicker";
import { Receipt } from "./Receipt";

type Values = { topic: string; description: string; name?: string; phone?: string };

const fields = ["topic", "description", "name", "phone"] as const;

/** The same checks the server makes (the domain's), so a resident sees what to fix before sending. */
function textRule(path: "topic" | "description" | "name") {
  return ({ getFieldsValue }: { getFieldsValue: () => Values }) => ({
    validator: async () => {
      const v = getFieldsValue();
      const problem = residentTopicProblems({ topic: v.topic ?? "", description: v.description ?? "", name: v.name ?? null }).find((p) => p.path === path);
      if (problem) throw new Error(problem.message);
    },
  });
}

/**
 * 我要提议题: topic, what is happening, and (if the resident wants an answer) a name and phone.
 * Nothing is shown publicly until the township's officer accepts it; the name and phone never are.
 */
export function SubmitTopicForm({
  townshipId,
  townshipName,
  textsDecision,
  photoLimits,
  onFollow,
}: {
  townshipId: string;
  townshipName: string;
  /** The server texts a resident who leaves a phone what the township decided. */
  textsDecision: boolean;
  /** The council's photo limits (rule set). */
  photoLimits: { perTopic: number; maxMegabytes: number };
  /** Opens 「查询进度」 with this receipt filled in. */
  onFollow: (receiptNo: string, lookupCode: string | null) => void;
}) {
  const trpc = useTRPC();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string | null>(null);
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const uploading = photos.some((p) => p.status === "uploading");
  const submit = useMutation(
    trpc.consultation.publicTopic.submit.mutationOptions({
      onError: (error) => {
        const problems = formProblems(error, fields);
        form.setFields(problems.fields);
        if (errorCode(error) === "TOO_MANY_REQUESTS" || problems.fields.length === 0) setGeneral(problems.general[0] ?? errorMessage(error));
      },
    }),
  );
  if (submit.isSuccess) {
    const { receiptNo, lookupCode, duplicate, message } = submit.data;
    return (
      <Card>
        <Result
          status="success"
          title={duplicate && !receiptNo ? message : "已收到，待联络员审核后公开"}
          subTitle={`感谢您的议题！${townshipName}政协联络室审核采纳后，将在「已采纳议题」中公示并安排委员协商；议事结果会在「议事结果」中公布。`}
          extra={
            <Flex vertical gap={12} align="center">
              {receiptNo && <Receipt receiptNo={receiptNo} lookupCode={lookupCode} />}
              <Flex gap={8} wrap justify="center">
                {receiptNo && (
                  <Button type="primary" onClick={() => onFollow(receiptNo, lookupCode)}>
                    查询进度
                  </Button>
                )}
                <Button
                  onClick={() => {
                    form.resetFields();
                    setPhotos([]);
                    submit.reset();
                  }}
                >
                  再提一个议题
                </Button>
              </Flex>
            </Flex>
          }
        />
      </Card>
    );
  }
  const { topic, description } = residentTopicLimits;
  return (
    <Card>
      <Typography.Paragraph type="secondary">
        请写清楚是什么事、在哪里、现在是什么情况。议题经联络室审核后公示，您的姓名和电话不会公开，只用于联络室向您反馈。提交后会给您一个回执号，凭它可以查询办理进度。
      </Typography.Paragraph>
      {general && <Alert type="error" showIcon role="alert" title={general} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        disabled={submit.isPending}
        onValuesChange={() => setGeneral(null)}
        onFinish={(v) =>
          submit.mutate({
            townshipId,
            topic: v.topic.trim(),
            description: v.description.trim(),
            name: v.name?.trim() || null,
            phone: v.phone?.trim() || null,
            photoIds: uploadedPhotoIds(photos),
          })
        }
      >
        <Form.Item name="topic" label="议题" validateFirst rules={[{ required: true, whitespace: true, message: "请填写议题" }, textRule("topic")]}>
          <Input size="large" maxLength={topic.max} showCount placeholder="如：小区门口路灯坏了很久" />
        </Form.Item>
        <Form.Item
          name="description"
          label="情况描述"
          validateFirst
          rules={[{ required: true, whitespace: true, message: "请填写情况描述" }, textRule("description")]}
        >
          <Input.TextArea
            autoSize={{ minRows: 4, maxRows: 10 }}
            maxLength={description.max}
            showCount
            placeholder={`至少 ${description.min} 个字，写明地点和具体情况，如：东湖小区北门外三盏路灯已坏两个月，晚上老人出行不便`}
          />
        </Form.Item>
        <Form.Item name="name" label="您的姓名" rules={[textRule("name")]}>
          <Input size="large" maxLength={20} placeholder="可匿名" autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label="手机号码"
          extra={
            textsDecision
              ? "留下号码即表示同意：审核结果（采纳或不予采纳及理由）将以短信发到该号码，联络室也可据此向您反馈办理情况。号码不公开。查询进度时填手机号后四位"
              : "留下号码，联络室可向您反馈办理情况；号码不公开。查询进度时填手机号后四位"
          }
          rules={[
            {
              validator: async (_r, value: string | undefined) => {
                if (value?.trim() && !isMobilePhone(value)) throw new Error("手机号码应为 11 位中国大陆手机号，例如 13812345678");
              },
            },
          ]}
        >
          <Input size="large" inputMode="tel" maxLength={20} placeholder="如：13812345678" autoComplete="tel" />
        </Form.Item>
        {photoLimits.perTopic > 0 && (
          <Form.Item
            label={`现场照片（最多 ${photoLimits.perTopic} 张）`}
            extra={`仅限图片，每张不超过 ${photoLimits.maxMegabytes} MB。照片只给联络室看；联络室决定是否随议题公示，请勿拍摄他人面部、门牌号等个人信息。`}
          >
            <PhotoPicker townshipId={townshipId} limits={photoLimits} files={photos} onChange={setPhotos} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending} disabled={uploading}>
          {uploading ? "照片上传中…" : "提交议题"}
        </Button>
      </Form>
    </Card>
  );
}
