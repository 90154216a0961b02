import { NotFound, type AttachmentOwnerKind } from "@cppcc/domain";
import { consultationFiles } from "./consultation";
import { proposalFiles } from "./proposal";
import { residentTopicFiles } from "./residentTopic";
import type { OwnerAccess } from "./types";

/** Owners whose module is built; the others (supervision letters) join when they are. */
const owners: Partial<Record<AttachmentOwnerKind, OwnerAccess>> = {
  proposal: proposalFiles,
  consultation: consultationFiles,
  residentTopic: residentTopicFiles,
};

export function ownerAccess(kind: AttachmentOwnerKind): OwnerAccess {
  const access = owners[kind];
  if (!access) throw new NotFound("该类记录暂不支持附件");
  return access;
}
