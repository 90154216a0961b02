import type { AttachmentOwnerKind, AttachmentUse } from "@cppcc/domain";
import { downloadAttachment, formatBytes, removeAttachmentFile, uploadAttachment, useTRPC, type AttachmentItem } from "@cppcc/ui";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, List, ProgressBar, SwipeAction } from "antd-mobile";
import dayjs from "dayjs";
import { useRef, useState } from "react";
import { Section } from "../proposal/detail/Section";

type Props = {
  title: string;
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  /** Which uses this section shows; all the reader may see when omitted. */
  uses?: readonly AttachmentUse[];
  /** The use new files get, while the record may still change; without it the section only lists. */
  uploadUse?: AttachmentUse;
  hint?: string;
  /** Nothing to show when there is no file and nothing to add (a reply letter not sent yet). */
  hideWhenEmpty?: boolean;
};

const failed = (error: unknown) => void Dialog.alert({ content: error instanceof Error ? error.message : String(error) });

/**
 * A record's files on the phone: tap a file to download it; while the record may change, add one
 * (with the upload's progress) or swipe it away. The server decides who sees and changes what.
 */
export function FilesSection({ title, ownerKind, ownerId, uses, uploadUse, hint, hideWhenEmpty }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.attachment.list.queryOptions({ ownerKind, ownerId }));
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const files = (list.data ?? []).filter((f) => !uses || (uses as readonly string[]).includes(f.use));
  if (hideWhenEmpty && !uploadUse && files.length === 0) return null;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.attachment.list.queryKey({ ownerKind, ownerId }) });

  const upload = async (file: File) => {
    setProgress({ name: file.name, percent: 0 });
    try {
      await uploadAttachment(uploadUse!, ownerId, file, (percent) => setProgress({ name: file.name, percent }));
      // The file appearing in the list is the confirmation; a toast would cover it.
      await refresh();
    } catch (error) {
      failed(error);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  };

  const row = (f: AttachmentItem) => (
    <List.Item
      key={f.id}
      clickable
      onClick={() => void downloadAttachment(f).catch(failed)}
      description={`${formatBytes(f.sizeBytes)} · ${f.uploadedByName} · ${dayjs(f.uploadedAt).tz().format("YYYY-MM-DD HH:mm")}`}
      extra={<span style={{ color: "var(--adm-color-primary)", fontSize: 14 }}>下载</span>}
    >
      {f.fileName}
    </List.Item>
  );

  return (
    <Section
      title={title}
      testId={`files-${uses?.join("-") ?? ownerKind}`}
      extra={
        uploadUse && (
          <Button size="small" color="primary" fill="outline" loading={progress !== null} onClick={() => input.current?.click()}>
            添加文件
          </Button>
        )
      }
    >
      {uploadUse && (
        <input ref={input} type="file" aria-label={`选择${title}`} style={{ display: "none" }} onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
      )}
      {hint && uploadUse && <div style={{ fontSize: 13, color: "#999", marginBottom: 8 }}>{hint}</div>}
      {progress && (
        <div style={{ marginBottom: 8 }} aria-label="上传进度">
          <div style={{ fontSize: 13, color: "#666", marginBottom: 4 }}>正在上传「{progress.name}」{progress.percent}%</div>
          <ProgressBar percent={progress.percent} />
        </div>
      )}
      {list.isError ? (
        <div style={{ color: "var(--adm-color-danger)", fontSize: 14 }}>{list.error.message}</div>
      ) : files.length === 0 ? (
        <div style={{ color: "#999", fontSize: 14 }}>{list.isPending ? "加载中…" : "暂无文件"}</div>
      ) : (
        <List style={{ "--border-top": "none", "--padding-left": "0" }}>
          {files.map((f) =>
            uploadUse && f.use === uploadUse ? (
              <SwipeAction
                key={f.id}
                rightActions={[
                  {
                    key: "remove",
                    text: "删除",
                    color: "danger",
                    onClick: () => void removeAttachmentFile(f.id).then(refresh).catch(failed),
                  },
                ]}
              >
                {row(f)}
              </SwipeAction>
            ) : (
              row(f)
            ),
          )}
        </List>
      )}
    </Section>
  );
}
