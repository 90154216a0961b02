import { residentTopicLimits } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, Flex, Form, Input } from "antd";
import { StepDialog } from "../deliberation/shared/StepDialog";
import type { ResidentTopic } from "../deliberation/shared/types";
import { TopicPhotos } from "../public/TopicPhotos";
import { RedactionHints } from "./RedactionHints";
import { residentTextedNote } from "./residentTextedNote";

type Values = { publishedTopic: string; publishedDescription: string; publishPhotoIds?: string[] };

/**
 * 采纳 asks for confirmation with the text as it will be published, editable, and the pieces that
 * may identify the resident highlighted. What the resident wrote stays stored for the office.
 */
export function AcceptTopicDialog({ topic, onClose, onDone }: { topic: ResidentTopic; onClose: () => void; onDone: () => void }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const title = Form.useWatch("publishedTopic", form) ?? topic.topic;
  const description = Form.useWatch("publishedDescription", form) ?? topic.description;
  const step = useMutation(
    trpc.consultation.residentTopic.moderate.mutationOptions({
      onSuccess: (d) => {
        void message.success(`已采纳，议题已在公开页面公示${residentTextedNote(d.residentTexted)}`);
        onDone();
      },
    }),
  );
  const edited = title !== topic.topic || description !== topic.description;
  return (
    <StepDialog<Values>
      title="采纳议题"
      okText="确认采纳并公示"
      form={form}
      initialValues={{ publishedTopic: topic.topic, publishedDescription: topic.description, publishPhotoIds: [] }}
      onFinish={(v) =>
        step.mutate({
          id: topic.id,
          version: topic.version,
          type: "accept",
          publishedTopic: v.publishedTopic.trim(),
          publishedDescription: v.publishedDescription.trim(),
          publishPhotoIds: v.publishPhotoIds ?? [],
        })
      }
      onClose={onClose}
      pending={step.isPending}
      error={step.error}
      onRefresh={onDone}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="下面是将在公开页面公示的内容，可修改。"
        description="群众的原文仍保存在联络室，只有工作人员能看到；姓名和电话从不公开。"
      />
      <Form.Item
        name="publishedTopic"
        label="公示的议题"
        rules={[
          { required: true, whitespace: true, message: "请填写公示的议题" },
          { min: 2, message: "公示的议题至少 2 个字" },
        ]}
        extra={<RedactionHints text={title} names={[topic.name]} onApply={(t) => form.setFieldValue("publishedTopic", t)} />}
      >
        <Input maxLength={residentTopicLimits.topic.max} showCount />
      </Form.Item>
      <Form.Item
        name="publishedDescription"
        label="公示的情况描述"
        rules={[
          { required: true, whitespace: true, message: "请填写公示的情况描述" },
          { min: 2, message: "公示的情况描述至少 2 个字" },
        ]}
        extra={<RedactionHints text={description} names={[topic.name]} onApply={(t) => form.setFieldValue("publishedDescription", t)} />}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={residentTopicLimits.description.max} showCount />
      </Form.Item>
      {topic.photos.length > 0 && (
        <Form.Item
          name="publishPhotoIds"
          label="随议题公示的照片"
          extra="默认不公示。只勾选不含人脸、门牌、车牌等个人信息的照片；未勾选的照片只有工作人员能看到。"
        >
          <Checkbox.Group>
            <Flex gap={12} wrap>
              {topic.photos.map((p, i) => (
                <Checkbox key={p.id} value={p.id} aria-label={`公示照片 ${i + 1}`}>
                  <TopicPhotos ids={[p.id]} audience="staff" size={72} />
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
      )}
      {edited && (
        <Button size="small" onClick={() => form.setFieldsValue({ publishedTopic: topic.topic, publishedDescription: topic.description })}>
          恢复群众原文
        </Button>
      )}
    </StepDialog>
  );
}
