import { toRosterRow, rosterHeaders, type RosterEntry } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { writeSheet } from "../excel/workbook";
import { listMembers, type MemberListFilters } from "./listMembers";
import { rosterReferenceMaps } from "./rosterFile";

/**
 * Any filtered member list as an .xlsx with the import's own headers, so export → import
 * round-trips. Walks the list by keyset, a page at a time, never the whole table at once.
 */
export async function exportRoster({ ctx, input }: { ctx: SignedInContext; input: Omit<MemberListFilters, "cursor" | "limit"> }) {
  const rows: string[][] = [[...rosterHeaders]];
  const { names } = await rosterReferenceMaps(ctx.db.db, ctx.session.council.id);
  let cursor: string | undefined;
  do {
    const page = await listMembers({ ctx, input: { ...input, cursor, limit: 100 } });
    for (const m of page.items) rows.push(toRosterRow(m as RosterEntry, names));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { fileName: `委员名册-${ctx.clock.now().toISOString().slice(0, 10)}.xlsx`, rows: rows.length - 1, file: await writeSheet("委员名册", rows) };
}
