import { council, type DbOrTx } from "@cppcc/db";
import { councilScope, reachesLowerCouncils, singleCouncil, type CouncilScope, type Role } from "@cppcc/domain";
import { sql } from "drizzle-orm";

/**
 * The councils an account works in. Only an office that reaches lower councils costs a query: the
 * subtree under its council, walked by Postgres (`union` stops on a parent loop); the domain
 * decides from that tree.
 */
export async function loadCouncilScope(db: DbOrTx, councilId: string, role: Role): Promise<CouncilScope> {
  if (!reachesLowerCouncils(role)) return singleCouncil(councilId);
  const tree = await db
    .select({ id: council.id, parentId: council.parentId })
    .from(council)
    .where(
      sql`${council.id} in (
        with recursive below(id) as (
          select ${councilId}::uuid
          union
          select c.id from council c join below b on c.parent_id = b.id
        )
        select id from below)`,
    );
  return councilScope(councilId, role, tree);
}
