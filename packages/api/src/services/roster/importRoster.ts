import { member, membership, term } from "@cppcc/db";
import {
  openMemberships,
  pinyinFull,
  pinyinInitials,
  RuleViolation,
  validateRosterImport,
  type RosterImportError,
} from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import type { SignedInContext } from "../../context";
import { eventActor } from "../events/actor";
import { recordEvent } from "../events/record";
import { readFirstSheet } from "../excel/workbook";
import { resolveTermId } from "./currentTerm";
import { phoneClash } from "./phone";
import { rosterReferenceMaps, termRoster } from "./rosterFile";

export type RosterImportInput = { file: string; termId?: string; joinedOn?: string; commit: boolean };

export type RosterImportReport = {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** New members the file adds. */
  toCreate: number;
  /** Lines identical to members already on the roster. */
  unchanged: number;
  errors: RosterImportError[];
  /** Members written: 0 unless committed and the whole file was valid. */
  created: number;
  preview: { line: number; name: string; phone: string }[];
};

/**
 * Checks a roster file against every rule and, when asked to commit and nothing is wrong,
 * writes all new members in one transaction. A file with any bad row writes nothing; the
 * person sees every bad row with its line and reason first.
 */
export async function importRoster({ ctx, input }: { ctx: SignedInContext; input: RosterImportInput }): Promise<RosterImportReport> {
  const councilId = ctx.session.council.id;
  const sheet = await readFirstSheet(input.file);
  return ctx.db.db
    .transaction(async (tx) => {
      const termId = await resolveTermId(tx, councilId, input.termId);
      const [{ lookups }, { entries, holders }] = await Promise.all([
        rosterReferenceMaps(tx, councilId),
        termRoster(tx, councilId, termId),
      ]);
      const result = validateRosterImport(sheet, lookups, entries, { holders });
      const rows = result.valid.length + result.unchanged.length + new Set(result.errors.map((e) => e.line)).size;
      const report: RosterImportReport = {
        rows,
        toCreate: result.valid.length,
        unchanged: result.unchanged.length,
        errors: result.errors,
        created: 0,
        preview: result.valid.slice(0, 20).map((r) => ({ line: r.line, name: r.entry.name, phone: r.entry.phone })),
      };
      if (!input.commit || result.errors.length > 0 || result.valid.length === 0) return report;

      const [t] = await tx.select().from(term).where(and(eq(term.id, termId), eq(term.councilId, councilId)));
      const joinedOn = input.joinedOn ?? t!.startDate;
      if (joinedOn < t!.startDate || joinedOn > t!.endDate) {
        throw new RuleViolation(`加入日期应在本届任期（${t!.startDate} 至 ${t!.endDate}）内`);
      }
      const created = await tx
        .insert(member)
        .values(
          result.valid.map(({ entry }) => {
            const { committeeIds: _c, ...fields } = entry;
            return { ...fields, councilId, termId, nameInitials: pinyinInitials(entry.name), namePinyin: pinyinFull(entry.name) };
          }),
        )
        .returning({ id: member.id });
      await tx.insert(membership).values(
        result.valid.flatMap(({ entry }, i) => openMemberships(created[i]!.id, entry, joinedOn).map((m) => ({ ...m, councilId }))),
      );
      await recordEvent(tx, eventActor(ctx), {
        action: "roster.import",
        entity: "term",
        entityId: termId,
        after: { created: created.length, unchanged: result.unchanged.length, memberIds: created.map((c) => c.id) },
        occurredAt: ctx.clock.now(),
      });
      return { ...report, created: created.length };
    })
    .catch(phoneClash);
}
