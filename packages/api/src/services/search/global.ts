import { consultation, member, proposal, residentTopic, sector, township } from "@cppcc/db";
import {
  consultationFormats,
  memberStatusLabels,
  proposalStatusLabels,
  queryShape,
  residentTopicStateLabels,
  searchGroupSize,
  type GlobalSearchInput,
  type GlobalSearchResult,
} from "@cppcc/domain";
import { and, asc, desc, eq, ilike, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { escapeLike } from "../like";
import { nameMatches } from "../roster/listMembers";

/**
 * 全局搜索 for the office: a few hits per module, each group one query over an index (the name
 * and title trigram indexes, the pinyin initials, the proposal number and receipt uniques). A
 * query shaped like a number or a receipt asks only the group it can name.
 */
export async function globalSearch({ ctx, input }: { ctx: SignedInContext; input: GlobalSearchInput }): Promise<GlobalSearchResult> {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const q = input.query;
  const shape = queryShape(q);
  const words = `%${escapeLike(q)}%`;
  const none = sql`false`;

  const memberWhere: SQL = shape === "pinyin" || shape === "words" ? nameMatches(q) : none;
  const proposalWhere: SQL =
    shape === "proposalNumber" ? eq(proposal.number, q) : shape === "words" || shape === "pinyin" ? ilike(proposal.title, words) : none;
  const consultationWhere: SQL = shape === "words" || shape === "pinyin" ? ilike(consultation.title, words) : none;
  const topicWhere: SQL = shape === "receipt" ? eq(residentTopic.receiptNo, q.toUpperCase()) : shape === "words" ? ilike(residentTopic.topic, words) : none;

  const [members, proposals, consultations, topics] = await Promise.all([
    db
      .select({ id: member.id, name: member.name, status: member.status, employer: member.employerAndTitle, sectorName: sector.name })
      .from(member)
      .innerJoin(sector, and(eq(sector.councilId, member.councilId), eq(sector.id, member.sectorId)))
      .where(and(eq(member.councilId, councilId), memberWhere))
      .orderBy(asc(member.namePinyin), asc(member.id))
      .limit(searchGroupSize),
    db
      .select({ id: proposal.id, number: proposal.number, title: proposal.title, status: proposal.status })
      .from(proposal)
      // Drafts are their authors' own until submitted.
      .where(and(eq(proposal.councilId, councilId), sql`${proposal.status} <> 'draft'`, proposalWhere))
      .orderBy(desc(proposal.listedAt), desc(proposal.id))
      .limit(searchGroupSize),
    db
      .select({ id: consultation.id, title: consultation.title, formatCode: consultation.formatCode, plannedDate: consultation.plannedDate })
      .from(consultation)
      .where(and(eq(consultation.councilId, councilId), consultationWhere))
      .orderBy(desc(consultation.createdAt), desc(consultation.id))
      .limit(searchGroupSize),
    db
      .select({
        id: residentTopic.id,
        topic: residentTopic.topic,
        description: residentTopic.description,
        receiptNo: residentTopic.receiptNo,
        state: residentTopic.state,
        consultationId: residentTopic.consultationId,
        townshipName: township.name,
      })
      .from(residentTopic)
      .innerJoin(township, and(eq(township.councilId, residentTopic.councilId), eq(township.id, residentTopic.townshipId)))
      .where(and(eq(residentTopic.councilId, councilId), topicWhere))
      .orderBy(desc(residentTopic.createdAt), desc(residentTopic.id))
      .limit(searchGroupSize),
  ]);
  const groups: GlobalSearchResult["groups"] = [
    {
      group: "member",
      hits: members.map((m) => ({
        id: m.id,
        title: m.name,
        detail: [m.sectorName, m.employer, m.status === "withdrawn" ? memberStatusLabels.withdrawn : null].filter(Boolean).join(" · "),
        targetId: null,
        body: null,
      })),
    },
    {
      group: "proposal",
      hits: proposals.map((p) => ({ id: p.id, title: p.title, detail: [p.number, proposalStatusLabels[p.status]].filter(Boolean).join(" · "), targetId: null, body: null })),
    },
    {
      group: "consultation",
      hits: consultations.map((c) => ({
        id: c.id,
        title: c.title,
        detail: [consultationFormats[c.formatCode].name, c.plannedDate].filter(Boolean).join(" · "),
        targetId: null,
        body: null,
      })),
    },
    {
      group: "residentTopic",
      hits: topics.map((t) => ({
        id: t.id,
        title: t.topic,
        detail: [t.townshipName, t.receiptNo, residentTopicStateLabels[t.state]].filter(Boolean).join(" · "),
        targetId: t.consultationId,
        body: t.description,
      })),
    },
  ];
  return { groups: groups.filter((g) => g.hits.length > 0) };
}
