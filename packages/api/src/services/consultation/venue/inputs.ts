import { idField, pageInput, venueInput, venueKinds } from "@cppcc/domain";
import { z } from "zod";
import { rowVersion } from "../shared/fields";

export const venueUpdateInput = venueInput.extend({ id: idField("阵地"), version: rowVersion });
export type VenueUpdateInput = z.infer<typeof venueUpdateInput>;

export const venueListInput = pageInput
  .extend({
    townshipId: idField("镇街道").nullish(),
    kind: z.enum(venueKinds, { error: "阵地类型无效" }).nullish(),
  })
  .prefault({});
export type VenueListInput = z.infer<typeof venueListInput>;
