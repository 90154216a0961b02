/**
 * The kinds of file a council may allow, each with the content types that the bytes (never the name
 * or the browser) may show. HTML, SVG and scripts are no kind at all, so they can never be stored,
 * and whatever is stored is served as one of these types.
 */
export const fileKinds = {
  pdf: { label: "PDF", mimeTypes: ["application/pdf"] },
  word: {
    label: "Word",
    // Old .doc files are OLE compound files: the bytes say "compound file", not which Office program.
    mimeTypes: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-cfb"],
  },
  excel: { label: "Excel", mimeTypes: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-cfb"] },
  image: { label: "图片", mimeTypes: ["image/jpeg", "image/png", "image/webp", "image/gif"] },
} as const;

export type FileKind = keyof typeof fileKinds;
export const fileKindCodes = Object.keys(fileKinds) as [FileKind, ...FileKind[]];

/** The allowed kind the bytes' content type belongs to, or null when none of `allowed` covers it. */
export function fileKindOf(mimeType: string | null, allowed: readonly FileKind[]): FileKind | null {
  if (mimeType === null) return null;
  return allowed.find((kind) => (fileKinds[kind].mimeTypes as readonly string[]).includes(mimeType)) ?? null;
}

/** 「PDF、Word、图片」: what a person may choose instead. */
export function fileKindList(allowed: readonly FileKind[]): string {
  return allowed.map((k) => fileKinds[k].label).join("、");
}

const servable = new Set<string>(fileKindCodes.flatMap((k) => fileKinds[k].mimeTypes).filter((t) => t !== "application/x-cfb"));

/** The Content-Type a stored file is sent with: its detected type when that is one of the kinds, else plain bytes. */
export function servedContentType(mimeType: string): string {
  return servable.has(mimeType) ? mimeType : "application/octet-stream";
}
