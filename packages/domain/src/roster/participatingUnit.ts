import { z } from "zod";
import { nameField, sortOrder } from "./fields";

/** 参加单位: the parties and people's organisations that make up the CPPCC and file collective proposals. */
export const participatingUnitKinds = ["party", "peopleOrganisation"] as const;
export type ParticipatingUnitKind = (typeof participatingUnitKinds)[number];
export const participatingUnitKindLabels: Record<ParticipatingUnitKind, string> = {
  party: "党派",
  peopleOrganisation: "人民团体",
};

export const participatingUnitInput = z.object({
  name: nameField("参加单位名称", 2, 40),
  kind: z.enum(participatingUnitKinds, { error: "类型须为党派或人民团体" }),
  sortOrder,
});
export type ParticipatingUnitInput = z.infer<typeof participatingUnitInput>;
export type ParticipatingUnit = ParticipatingUnitInput & { id: string };
