import { demoSectors } from "./sectors";
import { demoTownshipGroups } from "./townships";

/**
 * 结对联系: each of the 18 sector activity groups is paired with one township group, in turn,
 * so every township group has two activity groups to work with; every sector of a paired
 * activity group is paired.
 */
export const demoSectorPairings = demoSectors.map((s) => ({
  sectorCode: s.code,
  townshipGroupCode: demoTownshipGroups[(s.groupNumber - 1) % demoTownshipGroups.length]!.code,
}));
