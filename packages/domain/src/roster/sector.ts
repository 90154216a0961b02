import { z } from "zod";
import { chineseOrdinal } from "./ordinal";
import { nameField, sortOrder } from "./fields";

/**
 * 界别 and its 界别活动组. A council numbers its sector activity groups; a small sector often
 * shares a group with a related one (文化艺术界 and 体育界), so the group is carried on each
 * sector as number + name and sectors with the same number form one group.
 */
export const sectorInput = z.object({
  name: nameField("界别名称", 2, 30),
  sortOrder,
  groupNumber: z.number({ error: "请填写界别活动组编号" }).int("活动组编号须为整数").min(1, "活动组编号至少为 1").max(99, "活动组编号不能超过 99"),
  groupName: nameField("界别活动组名称", 2, 30),
});
export type SectorInput = z.infer<typeof sectorInput>;
export type Sector = SectorInput & { id: string };

/** (13, 社会福利和社会保障) → 第十三界别活动组（社会福利和社会保障） */
export function sectorGroupLabel(group: { groupNumber: number; groupName: string }): string {
  return `${chineseOrdinal(group.groupNumber)}界别活动组（${group.groupName}）`;
}

/** A sector activity group: the sectors that share a group number. */
export type SectorGroup = { number: number; name: string; label: string; sectorIds: string[] };

/** The groups formed by the sectors, in group-number order, sectors in their own order. */
export function sectorGroups(sectors: readonly Sector[]): SectorGroup[] {
  const groups = new Map<number, SectorGroup>();
  for (const s of [...sectors].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const group = groups.get(s.groupNumber);
    if (group) group.sectorIds.push(s.id);
    else groups.set(s.groupNumber, { number: s.groupNumber, name: s.groupName, label: sectorGroupLabel(s), sectorIds: [s.id] });
  }
  return [...groups.values()].sort((a, b) => a.number - b.number);
}

/** Sectors sharing a group number must agree on its name, or the group has two names on screen. */
export function sectorGroupProblems(sectors: readonly Pick<Sector, "name" | "groupNumber" | "groupName">[]): string[] {
  const nameOf = new Map<number, string>();
  const problems: string[] = [];
  for (const s of sectors) {
    const known = nameOf.get(s.groupNumber);
    if (known === undefined) nameOf.set(s.groupNumber, s.groupName);
    else if (known !== s.groupName) {
      problems.push(`${s.name}的活动组名称“${s.groupName}”与同组的“${known}”不一致，${chineseOrdinal(s.groupNumber)}界别活动组只能有一个名称`);
    }
  }
  return problems;
}
