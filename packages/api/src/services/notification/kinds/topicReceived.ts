import { sql } from "drizzle-orm";
import { z } from "zod";
import { rawRows } from "../../rawRows";
import { townshipLiaisons } from "./audiences";
import { excerpt } from "./records";
import { defineKind } from "./types";

/** 群众议题待处理: the township's liaison officers, until one of them accepts or declines it. */
export const topicReceived = defineKind({
  kind: "topic.received",
  payload: z.object({ topicId: z.string() }),
  asks: true,
  subjectEntity: () => "resident_topic",
  recipients: (councilId, p) =>
    sql`select a.id as account_id, t.id as subject_id, t.state <> 'pending' as done
      from resident_topic t join account a on a.council_id = t.council_id and ${townshipLiaisons(sql`t.township_id`)}
      where t.council_id = ${councilId} and t.id = ${p.topicId}
      for share of t`,
  text: async (db, councilId, p) => {
    const [t] = await rawRows<{ topic: string; receipt_no: string | null }>(
      db,
      sql`select topic, receipt_no from resident_topic where council_id = ${councilId} and id = ${p.topicId}`,
    );
    if (!t) return null;
    return {
      title: `收到群众议题「${excerpt(t.topic, 30)}」`,
      body: t.receipt_no ? `回执号 ${t.receipt_no}，请审核后采纳或不予采纳` : "请审核后采纳或不予采纳",
      link: { app: "liaison", path: "/topics" },
    };
  },
});
