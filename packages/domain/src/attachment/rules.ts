import { z } from "zod";
import { refusal, type Refusal } from "../workflow/result";
import { fileKindCodes, fileKindList, fileKindOf, type FileKind } from "./fileKinds";
import { attachmentUseCodes, type AttachmentUse } from "./owners";

const megabytes = z.number().int("大小须为整数 MB").min(1, "文件大小上限至少 1 MB").max(200, "文件大小上限不能超过 200 MB");

/** The rule set's `attachment` section: how large a file may be and which kinds each use takes. */
export const attachmentRulesSchema = z.object({
  maxMegabytes: megabytes,
  /** Photos come from phones on the public page: a smaller cap keeps a flood cheap. */
  photoMaxMegabytes: megabytes,
  /** How many photos a resident may send with one topic (defaulted for rule sets stored before it existed). */
  residentPhotosPerTopic: z.number().int("照片张数须为整数").min(0, "照片张数不能为负").max(9, "每个议题最多 9 张照片").default(3),
  kinds: z.record(z.enum(attachmentUseCodes), z.array(z.enum(fileKindCodes)).min(1, "每种用途至少允许一种文件类型")),
});
export type AttachmentRules = z.infer<typeof attachmentRulesSchema>;

export const defaultAttachmentRules: AttachmentRules = {
  maxMegabytes: 20,
  photoMaxMegabytes: 10,
  residentPhotosPerTopic: 3,
  kinds: {
    "proposal.material": ["pdf", "word", "excel", "image"],
    "proposal.replyLetter": ["pdf", "word", "image"],
    "consultation.material": ["pdf", "word", "excel", "image"],
    "consultation.outcome": ["pdf", "word"],
    "residentTopic.photo": ["image"],
    "supervisionLetter.letter": ["pdf", "word", "image"],
  },
};

const megabyte = 1024 * 1024;

/** What one use takes: the byte cap (enforced while the file streams in) and the kinds its bytes may be. */
export type AttachmentLimit = { use: AttachmentUse; maxBytes: number; kinds: readonly FileKind[] };

export function attachmentLimit(rules: AttachmentRules, use: AttachmentUse): AttachmentLimit {
  const mb = use === "residentTopic.photo" ? rules.photoMaxMegabytes : rules.maxMegabytes;
  return { use, maxBytes: mb * megabyte, kinds: rules.kinds[use] ?? defaultAttachmentRules.kinds[use]! };
}

export function tooLargeMessage(limit: AttachmentLimit): string {
  return `文件过大：最大 ${limit.maxBytes / megabyte} MB`;
}

/** Why a received file may not be kept: empty, too large, or bytes of a kind the use does not take. */
export function attachmentRefusals(limit: AttachmentLimit, file: { size: number; mimeType: string | null }): Refusal[] {
  if (file.size === 0) return [refusal("attachment.empty", "文件是空的，请重新选择", "rule", "file")];
  const refusals: Refusal[] = [];
  if (file.size > limit.maxBytes) refusals.push(refusal("attachment.tooLarge", tooLargeMessage(limit), "rule", "file"));
  if (fileKindOf(file.mimeType, limit.kinds) === null) {
    refusals.push(refusal("attachment.type", `不支持的文件类型：仅限 ${fileKindList(limit.kinds)}`, "rule", "file"));
  }
  return refusals;
}

/** Why a topic's photos may not go with it: more than the council takes, or the same photo twice. */
export function residentPhotoRefusals(rules: AttachmentRules, photoIds: readonly string[]): Refusal[] {
  if (new Set(photoIds).size !== photoIds.length) return [refusal("attachment.photoTwice", "同一张照片只能提交一次", "rule", "photoIds")];
  if (photoIds.length > rules.residentPhotosPerTopic) {
    return [refusal("attachment.tooManyPhotos", `每个议题最多附 ${rules.residentPhotosPerTopic} 张照片`, "rule", "photoIds")];
  }
  return [];
}

/**
 * A name safe to keep and to send back: no folders (a browser may send a path), no control
 * characters, at most 200 characters; an empty one becomes 「附件」.
 */
export function attachmentFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return [...(clean || "附件")].slice(0, 200).join("");
}
