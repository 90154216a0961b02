import { memberPostLabels } from "../member";
import type { RosterEntry } from "../memberInput";
import { partyAffiliationLabels } from "../party";
import { genderLabels } from "../gender";
import { formatBirthDate } from "./birthDate";
import { rosterHeaders } from "./headers";
import type { RosterNames } from "./lookups";

/**
 * One member as a roster row, in `rosterHeaders` order, written the way the import reads it,
 * so export → import gives the same member. A reference without a name (a broken roster)
 * exports as an empty cell, which the import then reports.
 */
export function toRosterRow(entry: RosterEntry, names: RosterNames): string[] {
  const cells: Record<(typeof rosterHeaders)[number], string> = {
    姓名: entry.name,
    性别: genderLabels[entry.gender],
    出生年月: formatBirthDate(entry.birthDate),
    民族: entry.ethnicity,
    党派: partyAffiliationLabels[entry.partyAffiliation],
    界别: names.sectors.get(entry.sectorId) ?? "",
    专委会: entry.committeeIds.map((id) => names.committees.get(id) ?? "").filter((n) => n !== "").join("、"),
    委员小组: names.townshipGroups.get(entry.townshipGroupId) ?? "",
    工作单位及职务: entry.employerAndTitle,
    手机: entry.phone,
    职务: memberPostLabels[entry.post],
  };
  return rosterHeaders.map((h) => cells[h]);
}

/** A whole sheet: the header row, then one row per member. */
export function toRosterSheet(entries: readonly RosterEntry[], names: RosterNames): string[][] {
  return [[...rosterHeaders], ...entries.map((e) => toRosterRow(e, names))];
}
