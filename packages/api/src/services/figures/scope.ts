import { sector, township, type DbOrTx } from "@cppcc/db";
import { NotFound, type FigureFilters } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";

/**
 * The township and sector the figures are narrowed to, by name, for the screen and the file: a
 * figure read without knowing its scope would be quoted as the council's. An id outside the
 * council is refused rather than answered with zeros.
 */
export async function scopeOf(db: DbOrTx, councilId: string, filters: FigureFilters) {
  const [t] = filters.townshipId
    ? await db.select({ name: township.name }).from(township).where(and(eq(township.councilId, councilId), eq(township.id, filters.townshipId)))
    : [];
  if (filters.townshipId && !t) throw new NotFound("所选镇街道不存在，请重新选择");
  const [s] = filters.sectorId
    ? await db.select({ name: sector.name }).from(sector).where(and(eq(sector.councilId, councilId), eq(sector.id, filters.sectorId)))
    : [];
  if (filters.sectorId && !s) throw new NotFound("所选界别不存在，请重新选择");
  const parts = [t?.name, s?.name].filter((x): x is string => !!x);
  return { township: t?.name ?? null, sector: s?.name ?? null, label: parts.length > 0 ? parts.join("、") : "全部镇街道和界别" };
}
