import type { RouterOutputs } from "@cppcc/api";

/** One file as the lists show it. */
export type AttachmentItem = RouterOutputs["attachment"]["list"][number];

/** The server's file routes sit beside /trpc on the same origin (Vite proxies them in development). */
export const attachmentPaths = {
  upload: (use: string, ownerId: string) => `/files/${encodeURIComponent(use)}/${encodeURIComponent(ownerId)}`,
  file: (id: string) => `/files/${encodeURIComponent(id)}`,
};

/** 「1.2 MB」, 「850 KB」: sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function refusalOf(status: number, text: string): Promise<Error> {
  try {
    const body = JSON.parse(text) as { message?: string };
    if (body.message) return new Error(body.message);
  } catch {
    // Not the server's JSON: a proxy's page or a dropped connection.
  }
  return new Error(status === 413 ? "文件过大，请压缩后重试" : `上传未完成（${status || "网络中断"}），请重试`);
}

/**
 * Sends one file with the browser's own upload progress (XMLHttpRequest reports it; fetch does
 * not), answering what the server registered or its Chinese refusal as the error.
 */
export function uploadAttachment(use: string, ownerId: string, file: File, onProgress?: (percent: number) => void): Promise<AttachmentItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", attachmentPaths.upload(use, ownerId));
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new Error("网络中断，文件未上传，请重试"));
    xhr.onload = () => {
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as AttachmentItem);
      else void refusalOf(xhr.status, xhr.responseText).then(reject);
    };
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

/**
 * Fetches a file and saves it under its own name; a refusal (no longer visible, signed out) is
 * thrown with the server's message, so the page says why instead of opening an error page.
 */
export async function downloadAttachment(file: Pick<AttachmentItem, "id" | "fileName">): Promise<void> {
  const res = await fetch(attachmentPaths.file(file.id), { credentials: "include" });
  if (!res.ok) throw await refusalOf(res.status, await res.text());
  const url = URL.createObjectURL(await res.blob());
  try {
    const a = document.createElement("a");
    a.href = url;
    a.download = file.fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export async function removeAttachmentFile(id: string): Promise<void> {
  const res = await fetch(attachmentPaths.file(id), { method: "DELETE", credentials: "include" });
  if (!res.ok) throw await refusalOf(res.status, await res.text());
}
