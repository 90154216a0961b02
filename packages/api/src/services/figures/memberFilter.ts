import { member, townshipGroup } from "@cppcc/db";
import type { FigureFilters } from "@cppcc/domain";
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@cppcc/db";

/**
 * Narrows records to those of members in the sector (their current one) and living or working in
 * the township (their township group's), as a condition on the record's member column. Without
 * filters, nothing is narrowed; records without a member then still count.
 */
export function byMember(db: DbOrTx, memberColumn: PgColumn, filters: FigureFilters): SQL | undefined {
  if (!filters.sectorId && !filters.townshipId) return undefined;
  const groups = filters.townshipId
    ? db.select({ id: townshipGroup.id }).from(townshipGroup).where(eq(townshipGroup.townshipId, filters.townshipId))
    : undefined;
  const members = db
    .select({ id: member.id })
    .from(member)
    .where(
      and(
        filters.sectorId ? eq(member.sectorId, filters.sectorId) : undefined,
        groups ? inArray(member.townshipGroupId, groups) : undefined,
      ),
    );
  return inArray(memberColumn, members);
}
