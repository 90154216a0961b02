import { consultation, township, venue } from "@cppcc/db";
import { consultationFormats, NotFound, textCursor } from "@cppcc/domain";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SignedInContext } from "../../../context";
import type { VenueListInput } from "./inputs";
import { venueScope } from "./scope";

const activities = sql<number>`(select count(*)::int from ${consultation} a where a.venue_id = ${venue.id} and a.state <> 'cancelled')`;

/** Venues by name, keyset-paged, with how many activities (consultations) each has hosted or will host. */
export async function listVenues({ ctx, input }: { ctx: SignedInContext; input: VenueListInput }) {
  const where: (SQL | undefined)[] = [venueScope(ctx)];
  if (input.townshipId) where.push(eq(venue.townshipId, input.townshipId));
  if (input.kind) where.push(eq(venue.kind, input.kind));
  const after = textCursor.decode(input.cursor);
  if (after) {
    const [name, id] = after;
    where.push(sql`(${venue.name}, ${venue.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await ctx.db.db
    .select({
      id: venue.id,
      kind: venue.kind,
      name: venue.name,
      townshipId: venue.townshipId,
      townshipName: township.name,
      address: venue.address,
      stars: venue.stars,
      hostMemberIds: venue.hostMemberIds,
      version: venue.version,
      activityCount: activities,
    })
    .from(venue)
    .leftJoin(township, eq(township.id, venue.townshipId))
    .where(and(...where))
    .orderBy(asc(venue.name), asc(venue.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? textCursor.encode([last.name, last.id]) : null };
}

/** One venue with its latest activities (the consultations held there). */
export async function getVenue({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db } = ctx.db;
  const [row] = await db
    .select({ venue, townshipName: township.name })
    .from(venue)
    .leftJoin(township, eq(township.id, venue.townshipId))
    .where(and(eq(venue.id, input.id), venueScope(ctx)));
  if (!row) throw new NotFound("找不到该阵地，或不在您的查看范围内");
  const recent = await db
    .select({ id: consultation.id, title: consultation.title, formatCode: consultation.formatCode, plannedDate: consultation.plannedDate, state: consultation.state })
    .from(consultation)
    .where(eq(consultation.venueId, row.venue.id))
    .orderBy(desc(consultation.createdAt))
    .limit(20);
  return {
    ...row.venue,
    townshipName: row.townshipName,
    activities: recent.map((a) => ({ ...a, formatName: consultationFormats[a.formatCode].name })),
  };
}
