import type { Gender, MemberPost, PartyAffiliation } from "@cppcc/domain";
import type { MemberDetail } from "@cppcc/ui/roster";
import dayjs, { type Dayjs } from "dayjs";

/** The member form's fields, named as the API names them so its messages land on the right field. */
export type MemberFormValues = {
  name: string;
  gender: Gender;
  birthDate: Dayjs;
  ethnicity: string;
  partyAffiliation: PartyAffiliation;
  sectorId: string;
  committeeIds: string[];
  townshipGroupId: string;
  employerAndTitle: string;
  phone: string;
  post: MemberPost;
};

export type MemberEntry = Omit<MemberFormValues, "birthDate"> & { birthDate: string };

/** Every field either form has; a server message about any other path goes to the alert. */
export const memberFieldNames = [
  "name",
  "gender",
  "birthDate",
  "ethnicity",
  "partyAffiliation",
  "sectorId",
  "committeeIds",
  "townshipGroupId",
  "employerAndTitle",
  "phone",
  "post",
  "termId",
  "joinedOn",
  "changedOn",
] as const;

export const isoDay = (d: Dayjs) => d.format("YYYY-MM-DD");

export function toEntry(values: MemberFormValues): MemberEntry {
  // Rosters keep the month of birth; the day is recorded as 01.
  return { ...values, birthDate: values.birthDate.format("YYYY-MM-01") };
}

export function fromMember(m: MemberDetail): MemberFormValues {
  return {
    name: m.name,
    gender: m.gender,
    birthDate: dayjs(m.birthDate),
    ethnicity: m.ethnicity,
    partyAffiliation: m.partyAffiliation,
    sectorId: m.sectorId,
    committeeIds: m.committeeIds,
    townshipGroupId: m.townshipGroupId,
    employerAndTitle: m.employerAndTitle,
    phone: m.phone,
    post: m.post,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Only what the person changed: the API changes exactly the fields it is sent. */
export function changedFields(before: MemberDetail, after: MemberEntry): Partial<MemberEntry> {
  const was = toEntry(fromMember(before));
  const changed: Partial<MemberEntry> = {};
  for (const key of Object.keys(after) as (keyof MemberEntry)[]) {
    const same = key === "committeeIds" ? sameSet(was.committeeIds, after.committeeIds) : was[key] === after[key];
    if (!same) Object.assign(changed, { [key]: after[key] });
  }
  return changed;
}

/** A new sector, committee list or group closes the old membership and opens one: that needs a date. */
export function movesPlaces(before: MemberDetail, values: Partial<MemberFormValues>): boolean {
  return (
    (values.sectorId !== undefined && values.sectorId !== before.sectorId) ||
    (values.townshipGroupId !== undefined && values.townshipGroupId !== before.townshipGroupId) ||
    (values.committeeIds !== undefined && !sameSet(values.committeeIds, before.committeeIds))
  );
}
