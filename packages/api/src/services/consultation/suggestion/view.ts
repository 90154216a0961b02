import { consultation, consultationSuggestion, handlingUnit, member, type DbOrTx } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { timestampText } from "../shared/keyset";

const authorUnit = alias(handlingUnit, "author_unit");

/** The columns every suggestion list and page shows, with the names a person reads. */
export const suggestionColumns = {
  id: consultationSuggestion.id,
  consultationId: consultationSuggestion.consultationId,
  consultationTitle: consultation.title,
  consultationFormatCode: consultation.formatCode,
  townshipId: consultationSuggestion.townshipId,
  authorKind: consultationSuggestion.authorKind,
  authorMemberId: consultationSuggestion.authorMemberId,
  authorMemberName: member.name,
  authorName: consultationSuggestion.authorName,
  authorUnitName: authorUnit.shortName,
  category: consultationSuggestion.category,
  content: consultationSuggestion.content,
  state: consultationSuggestion.state,
  handlingUnitId: consultationSuggestion.handlingUnitId,
  handlingUnitName: handlingUnit.shortName,
  deadline: consultationSuggestion.deadline,
  routedOn: consultationSuggestion.routedOn,
  returnReason: consultationSuggestion.returnReason,
  answer: consultationSuggestion.answer,
  answeredOn: consultationSuggestion.answeredOn,
  result: consultationSuggestion.result,
  resultReason: consultationSuggestion.resultReason,
  closedOn: consultationSuggestion.closedOn,
  version: consultationSuggestion.version,
  createdAt: consultationSuggestion.createdAt,
  cursorKey: timestampText(consultationSuggestion.createdAt),
};

/** The suggestions with the names behind suggestionColumns; callers add where, order and limit. */
export function selectSuggestions(db: DbOrTx) {
  return db
    .select(suggestionColumns)
    .from(consultationSuggestion)
    .innerJoin(consultation, eq(consultation.id, consultationSuggestion.consultationId))
    .leftJoin(member, eq(member.id, consultationSuggestion.authorMemberId))
    .leftJoin(authorUnit, eq(authorUnit.id, consultationSuggestion.authorUnitId))
    .leftJoin(handlingUnit, eq(handlingUnit.id, consultationSuggestion.handlingUnitId))
    .$dynamic();
}

export type SuggestionView = Omit<Awaited<ReturnType<typeof selectSuggestions>>[number], "cursorKey">;
