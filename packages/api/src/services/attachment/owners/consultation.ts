import { consultationEditable, RuleViolation } from "@cppcc/domain";
import { assertCan } from "../../consultation/shared/access";
import { lockConsultation, visibleConsultation } from "../../consultation/shared/consultationRow";
import type { OwnerAccess } from "./types";

/**
 * A consultation's materials and report: whoever sees the consultation sees them (an invited member
 * downloads the materials in the portal); those who manage it change them until it is closed.
 */
export const consultationFiles: OwnerAccess = {
  visible: async (db, ctx, ownerId) => {
    await visibleConsultation(db, ctx, ownerId);
    return () => true;
  },

  lockForChange: async (tx, ctx, ownerId) => {
    const row = await lockConsultation(tx, ctx, ownerId);
    assertCan(ctx, "consultation.manage", { townshipId: row.townshipId }, "管理该协商的材料");
    if (!consultationEditable(row.state)) throw new RuleViolation("该协商已结束或已取消，材料不能再更改");
    return { handlingUnitId: null, timelineLabel: (change) => (change === "added" ? "上传附件" : "删除附件") };
  },
};
