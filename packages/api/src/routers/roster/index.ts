import {
  idField,
  memberCreateInput,
  memberListInput,
  memberUpdateInput,
  memberWithdrawInput,
  ownPhoneInput,
} from "@cppcc/domain";
import { z } from "zod";
import { checkTerm } from "../../services/roster/checkTerm";
import { createMember } from "../../services/roster/createMember";
import { exportRoster } from "../../services/roster/exportRoster";
import { getMember } from "../../services/roster/getMember";
import { importRoster } from "../../services/roster/importRoster";
import { listMembers } from "../../services/roster/listMembers";
import { rosterLookups } from "../../services/roster/lookups";
import { townshipRoster } from "../../services/roster/townshipRoster";
import { updateMember } from "../../services/roster/updateMember";
import { updateOwnPhone } from "../../services/roster/updateOwnPhone";
import { withdrawMember } from "../../services/roster/withdrawMember";
import { procedureFor, router } from "../../trpc/procedures";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
const exportInput = memberListInput.omit({ cursor: true, limit: true });
const importInput = z.object({
  /** The .xlsx file, base64-encoded (at most 8 MB of file). */
  file: z.string({ error: "请选择要导入的 Excel 文件" }).min(1, "请选择要导入的 Excel 文件").max(12 * 1024 * 1024, "文件超过 8 MB"),
  termId: idField("届次").optional(),
  joinedOn: isoDay.optional(),
});

export const rosterRouter = router({
  /** Terms and sessions, sectors, committees, townships and groups, pairings, units: what forms offer. */
  lookups: procedureFor("council.read").query(({ ctx }) => rosterLookups({ ctx })),
  members: router({
    list: procedureFor("roster.read")
      .input(memberListInput)
      .query(({ ctx, input }) => listMembers({ ctx, input })),
    /** Fellow members' public fields, phones masked (the portal directory). */
    directory: procedureFor("roster.directory")
      .input(memberListInput)
      .query(({ ctx, input }) => listMembers({ ctx, input, view: "directory" })),
    get: procedureFor("roster.read")
      .input(z.object({ id: idField("委员") }))
      .query(({ ctx, input }) => getMember({ ctx, input })),
    create: procedureFor("roster.manage")
      .input(memberCreateInput)
      .mutation(({ ctx, input }) => createMember({ ctx, input })),
    update: procedureFor("roster.manage")
      .input(memberUpdateInput)
      .mutation(({ ctx, input }) => updateMember({ ctx, input })),
    withdraw: procedureFor("roster.manage")
      .input(memberWithdrawInput)
      .mutation(({ ctx, input }) => withdrawMember({ ctx, input })),
    updateOwnPhone: procedureFor("roster.updateOwnPhone")
      .input(ownPhoneInput)
      .mutation(({ ctx, input }) => updateOwnPhone({ ctx, input })),
  }),
  /** A liaison's own township: its groups and paired sector groups. */
  township: procedureFor("roster.township")
    .input(z.object({ townshipId: idField("镇街道").optional() }).default({}))
    .query(({ ctx, input }) => townshipRoster({ ctx, input })),
  check: procedureFor("roster.manage")
    .input(z.object({ termId: idField("届次").optional(), on: isoDay.optional() }).default({}))
    .query(({ ctx, input }) => checkTerm({ ctx, input })),
  /** Checks a file and reports every bad row; writes nothing. */
  importPreview: procedureFor("roster.manage")
    .input(importInput)
    .mutation(({ ctx, input }) => importRoster({ ctx, input: { ...input, commit: false } })),
  /** Writes all new members of a file in one transaction, or nothing when any row is bad. */
  importCommit: procedureFor("roster.manage")
    .input(importInput)
    .mutation(({ ctx, input }) => importRoster({ ctx, input: { ...input, commit: true } })),
  export: procedureFor("roster.read")
    .input(exportInput.default({}))
    .mutation(({ ctx, input }) => exportRoster({ ctx, input })),
});
