import { sql } from "drizzle-orm";
import { z } from "zod";
import { dayLabel, proposalFacts, proposalName } from "./records";
import { defineKind } from "./types";

/** 提案交办: the handler logins of each unit it was assigned to, until the proposal leaves handling. */
export const proposalAssigned = defineKind({
  kind: "proposal.assigned",
  payload: z.object({ proposalId: z.string(), unitIds: z.array(z.string()).min(1) }),
  asks: true,
  subjectEntity: () => "proposal",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, pr.id as subject_id, pr.status not in ('assigned', 'rehandling') as done
      from proposal pr join account a on a.council_id = pr.council_id and a.role = 'handler'
        and a.handling_unit_id in (${sql.join(p.unitIds.map((u) => sql`${u}::uuid`), sql`, `)})
      where pr.council_id = ${councilId} and pr.id = ${p.proposalId}
      for share of pr`,
  text: async (db, councilId, p) => {
    const f = await proposalFacts(db, councilId, p.proposalId);
    if (!f) return null;
    return {
      title: `新交办提案${proposalName(f)}`,
      body: f.dueOn ? `请于${dayLabel(f.dueOn)}前办理答复` : "请及时办理",
      link: { app: "admin", path: `/handling/${p.proposalId}` },
    };
  },
});
