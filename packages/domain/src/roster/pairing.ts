import { z } from "zod";
import { idField } from "../id";

/**
 * 结对联系: a sector paired with a township group for joint work. Pairing is kept per sector
 * (not per activity group) so that a sector that leaves its group keeps its own pairings;
 * pairing a whole activity group is pairing each of its sectors.
 */
export const sectorPairingInput = z.object({
  sectorId: idField("界别"),
  townshipGroupId: idField("委员小组"),
});
export type SectorPairingInput = z.infer<typeof sectorPairingInput>;
export type SectorPairing = SectorPairingInput;

/** The sectors paired with a township group: what its liaison officer sees beside the group. */
export function pairedSectorIds(pairings: readonly SectorPairing[], townshipGroupId: string): string[] {
  return [...new Set(pairings.filter((p) => p.townshipGroupId === townshipGroupId).map((p) => p.sectorId))];
}

/** The township groups a sector is paired with. */
export function pairedTownshipGroupIds(pairings: readonly SectorPairing[], sectorId: string): string[] {
  return [...new Set(pairings.filter((p) => p.sectorId === sectorId).map((p) => p.townshipGroupId))];
}

/** Pairs every sector of an activity group with a township group, skipping pairs that exist. */
export function pairSectorGroup(
  existing: readonly SectorPairing[],
  sectorIds: readonly string[],
  townshipGroupId: string,
): SectorPairing[] {
  const has = new Set(existing.map((p) => `${p.sectorId}|${p.townshipGroupId}`));
  return sectorIds.filter((s) => !has.has(`${s}|${townshipGroupId}`)).map((sectorId) => ({ sectorId, townshipGroupId }));
}
