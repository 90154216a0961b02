import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { attachmentLimit, attachmentUses, defaultAttachmentRules, fileKindList, type AttachmentOwnerKind, type AttachmentUse } from "@cppcc/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Empty, List, Popconfirm, Progress, Typography, Upload } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { downloadAttachment, formatBytes, removeAttachmentFile, uploadAttachment } from "../../files/attachments";
import { useTRPC } from "../../trpc/context";

export type AttachmentsCardProps = {
  title: string;
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  /** The use new files get; without it the card only lists and downloads. */
  uploadUse?: AttachmentUse;
  /** Which listed uses this card shows (a proposal's materials apart from its reply letters); all when omitted. */
  uses?: readonly AttachmentUse[];
  /** The record may still change: files of `uploadUse` can be removed. */
  editable?: boolean;
  hint?: string;
};

/**
 * A record's files for the desk apps (a unit's reply letter, a consultation's materials and
 * report): upload with progress, then name, size, who, when, download, and removal while the
 * record may still change. The server decides every step; the card shows what it answered.
 */
export function AttachmentsCard({ title, ownerKind, ownerId, uploadUse, uses, editable = false, hint }: AttachmentsCardProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const list = useQuery(trpc.attachment.list.queryOptions({ ownerKind, ownerId }));
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.attachment.list.queryKey({ ownerKind, ownerId }) });
  const files = (list.data ?? []).filter((f) => !uses || (uses as readonly string[]).includes(f.use));
  // The council's own limits come with the refusal; the defaults only tell the person what to pick.
  const kinds = uploadUse ? fileKindList(attachmentLimit(defaultAttachmentRules, uploadUse).kinds) : "";

  const upload = async (file: File) => {
    setProgress({ name: file.name, percent: 0 });
    try {
      const saved = await uploadAttachment(uploadUse!, ownerId, file, (percent) => setProgress({ name: file.name, percent }));
      void message.success(`已上传「${saved.fileName}」`);
      await refresh();
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error), 6);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card
      title={title}
      size="small"
      extra={
        uploadUse &&
        editable && (
          <Upload
            showUploadList={false}
            multiple={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={progress !== null}>
              上传{attachmentUses[uploadUse].label}
            </Button>
          </Upload>
        )
      }
    >
      {hint && uploadUse && editable && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {hint}（{kinds}）
        </Typography.Paragraph>
      )}
      {progress && (
        <div aria-label="上传进度">
          <Typography.Text>正在上传「{progress.name}」</Typography.Text>
          <Progress percent={progress.percent} size="small" />
        </div>
      )}
      {list.isError ? (
        <Typography.Text type="danger">{list.error.message}</Typography.Text>
      ) : files.length === 0 && !list.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无附件" />
      ) : (
        <List
          loading={list.isPending}
          dataSource={files}
          rowKey="id"
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  type="link"
                  icon={<DownloadOutlined />}
                  aria-label={`下载 ${f.fileName}`}
                  onClick={() => void downloadAttachment(f).catch((e: Error) => void message.error(e.message))}
                >
                  下载
                </Button>,
                ...(editable && f.use === uploadUse
                  ? [
                      <Popconfirm
                        key="remove"
                        title={`删除「${f.fileName}」？`}
                        okText="删除"
                        cancelText="取消"
                        onConfirm={() =>
                          removeAttachmentFile(f.id)
                            .then(() => refresh())
                            .catch((e: Error) => void message.error(e.message))
                        }
                      >
                        <Button type="link" danger icon={<DeleteOutlined />} aria-label={`删除 ${f.fileName}`} />
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                avatar={<PaperClipOutlined />}
                title={f.fileName}
                description={`${f.useLabel} · ${formatBytes(f.sizeBytes)} · ${f.uploadedByName} · ${dayjs(f.uploadedAt).format("YYYY-MM-DD HH:mm")}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
