/**
 * Reads a file the person chose as base64 (what the API takes for an .xlsx), reporting how
 * much is read so a large file shows real progress rather than a frozen screen.
 */
export function readFileAsBase64(file: Blob, onProgress?: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    reader.onerror = () => reject(new Error("无法读取该文件，请确认文件未被其他程序占用后重试"));
    reader.onload = () => {
      onProgress?.(100);
      // A data URL: "data:<type>;base64,<data>"; the API wants only the data.
      const url = String(reader.result ?? "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

export const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves base64 content the server built (an export) as a download with its file name. */
export function downloadBase64(fileName: string, base64: string, type = xlsxType): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
