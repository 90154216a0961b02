import { z } from "zod";
import { idField } from "../id";

/** Standing venues of a township (or the city) where members meet people between meetings. */
export const venueKinds = ["deliberationHall", "receptionHall", "memberStudio", "consultationPost"] as const;
export type VenueKind = (typeof venueKinds)[number];

export const venueKindLabels: Record<VenueKind, string> = {
  deliberationHall: "民生议事堂",
  receptionHall: "委员会客厅",
  memberStudio: "委员工作室",
  consultationPost: "协商驿站",
};

/** The widest star scale (三星…五星 in practice); a council's rule set narrows it (default 3–5). */
export const starScale = { min: 1, max: 5 } as const;
export type StarRange = { min: number; max: number };

/**
 * Reception halls may be city-wide (a sector's hall) or a township's; the other venues sit in a
 * township, so its liaison officer keeps them.
 */
const needsTownship: Record<VenueKind, boolean> = {
  deliberationHall: true,
  receptionHall: false,
  memberStudio: true,
  consultationPost: true,
};

export const venueInput = z.object({
  kind: z.enum(venueKinds, { error: "请选择阵地类型：民生议事堂、委员会客厅、委员工作室或协商驿站" }),
  name: z.string({ error: "请填写阵地名称" }).trim().min(2, "阵地名称至少 2 个字").max(60, "阵地名称不能超过 60 个字"),
  townshipId: idField("镇街道").nullable().default(null),
  address: z.string().trim().max(120, "地址不能超过 120 个字").default(""),
  /** Only reception halls are rated (委员会客厅星级). */
  stars: z.number({ error: "星级须为数字" }).int("星级须为整数").min(starScale.min).max(starScale.max).nullable().default(null),
  /** The members who host it (会客厅、工作室的牵头委员). */
  hostMemberIds: z.array(idField("牵头委员")).max(50, "牵头委员不能超过 50 人").default([]),
});
export type VenueInput = z.infer<typeof venueInput>;

export type VenueViolation = { path: string; code: "townshipRequired" | "starsNotRated" | "starsRequired" | "starsOutOfRange"; message: string };

/** Rules that depend on the kind and on the council's star range, checked after the schema. */
export function venueProblems(venue: VenueInput, stars: StarRange): VenueViolation[] {
  const problems: VenueViolation[] = [];
  const label = venueKindLabels[venue.kind];
  if (needsTownship[venue.kind] && venue.townshipId == null) {
    problems.push({ path: "townshipId", code: "townshipRequired", message: `${label}须归属一个镇街道，请选择镇街道` });
  }
  if (venue.kind === "receptionHall") {
    if (venue.stars == null) problems.push({ path: "stars", code: "starsRequired", message: "委员会客厅须评定星级" });
    else if (venue.stars < stars.min || venue.stars > stars.max) {
      problems.push({ path: "stars", code: "starsOutOfRange", message: `委员会客厅星级须在 ${stars.min} 至 ${stars.max} 星之间` });
    }
  } else if (venue.stars != null) {
    problems.push({ path: "stars", code: "starsNotRated", message: `${label}不评星级，请清除星级` });
  }
  return problems;
}
