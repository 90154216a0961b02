import { PlusOutlined } from "@ant-design/icons";
import { Upload, type UploadFile } from "antd";

type Uploaded = { id: string };

/** The ids the server gave the photos that arrived, in the order chosen; failures and those in flight carry none. */
export function uploadedPhotoIds(files: readonly UploadFile[]): string[] {
  return files.flatMap((f) => (f.status === "done" && (f.response as Uploaded | undefined)?.id ? [(f.response as Uploaded).id] : []));
}

/**
 * Up to the council's number of photos, each sent at once to the public photo route (no login), which judges
 * the bytes and answers an id; the topic carries the ids. A refusal shows under the photo in the server's words.
 */
export function PhotoPicker({
  townshipId,
  limits,
  files,
  onChange,
}: {
  townshipId: string;
  limits: { perTopic: number; maxMegabytes: number };
  files: UploadFile[];
  onChange: (files: UploadFile[]) => void;
}) {
  return (
    <Upload
      action={`/files/public/topic-photo/${townshipId}`}
      accept="image/jpeg,image/png,image/webp,image/gif"
      listType="picture-card"
      maxCount={limits.perTopic}
      multiple
      fileList={files}
      beforeUpload={(file) => {
        if (file.size > limits.maxMegabytes * 1024 * 1024) {
          onChange([...files, { uid: file.uid, name: file.name, status: "error", response: `照片过大：最大 ${limits.maxMegabytes} MB` }]);
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      onChange={({ fileList }) =>
        onChange(
          fileList.map((f) => {
            if (f.status !== "error") return f;
            const message = (f.response as { message?: string } | string | undefined) ?? "上传失败，请重试";
            return { ...f, response: typeof message === "string" ? message : (message.message ?? "上传失败，请重试") };
          }),
        )
      }
    >
      {files.length < limits.perTopic && (
        <button type="button" style={{ border: 0, background: "none", cursor: "pointer" }}>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>添加照片</div>
        </button>
      )}
    </Upload>
  );
}
