import { attachmentUseCodes } from "@cppcc/domain";
import { z } from "zod";

const id = z.uuid("附件或记录编号无效");

/** A record's files of one use: the use names the owner kind. */
export const attachmentTarget = z.object({ use: z.enum(attachmentUseCodes, "不支持的附件用途"), ownerId: id });
export type AttachmentTarget = z.infer<typeof attachmentTarget>;

export const attachmentListInput = z.object({ ownerKind: z.enum(["proposal", "consultation", "residentTopic", "supervisionLetter"]), ownerId: id });
export const attachmentIdInput = z.object({ id });

/** A file the server has received whole and checked, to be registered on its record. */
export type ReceivedFile = { fileName: string; sizeBytes: number; mimeType: string | null; sha256: string; storageKey: string };
