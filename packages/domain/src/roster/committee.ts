import { z } from "zod";
import { nameField, sortOrder } from "./fields";

/** 专门委员会: every member sits on at least one (全员入委). */
export const committeeInput = z.object({
  name: nameField("专委会名称", 2, 30),
  sortOrder,
});
export type CommitteeInput = z.infer<typeof committeeInput>;
export type Committee = CommitteeInput & { id: string };
