import { warningActionLabels, warningActions } from "@cppcc/domain";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { memberAccount } from "./audiences";
import { defineKind } from "./types";

/** 履职预警: the office wrote to the member about their duty record, or advised them to resign. */
export const dutyWarning = defineKind({
  kind: "duty.warning",
  payload: z.object({ actionId: z.string(), memberId: z.string(), year: z.number().int(), action: z.enum(warningActions), note: z.string() }),
  asks: false,
  subjectEntity: () => "duty_warning_action",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, w.id as subject_id, false as done
      from duty_warning_action w
      join account a on a.council_id = w.council_id and ${memberAccount(sql`w.member_id`)}
      where w.council_id = ${councilId} and w.id = ${p.actionId}`,
  // Written as the office recorded it; the member's 履职 tab shows the record it is about.
  text: async (_db, _councilId, p) => ({
    title: `履职预警：政协办公室对您 ${p.year} 年度的履职作出「${warningActionLabels[p.action]}」`,
    body: `${p.note.replace(/[。.]$/, "")}。请查看本人履职档案`,
    link: { app: "portal", path: "/duty" },
  }),
});
