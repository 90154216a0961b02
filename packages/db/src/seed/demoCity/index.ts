import { demoCommittees } from "./committees";
import { demoHandlingUnits } from "./handlingUnits";
import { demoMembers, type DemoMember, type DemoMembership } from "./members";
import { demoSectorPairings } from "./pairings";
import { demoSectors } from "./sectors";
import { demoSessions, demoTerm } from "./term";
import { demoTownshipGroups, demoTownships } from "./townships";
import { demoParticipatingUnits } from "./units";

export type { DemoMember, DemoMembership } from "./members";

/**
 * The demo city, 政协平湖市委员会 in its 13th term, as plain data: no database here. Every
 * record has a stable `code` and refers to others by code, so the seeder can insert in
 * order and map codes to the ids Postgres gives. Same output on every call and every run.
 */
export type DemoCity = {
  term: { code: string; number: number; startDate: string; endDate: string };
  sessions: { code: string; termCode: string; number: number; startDate: string; endDate: string }[];
  sectors: { code: string; name: string; sortOrder: number; groupNumber: number; groupName: string }[];
  committees: { code: string; name: string; sortOrder: number }[];
  townships: { code: string; name: string; kind: "town" | "street"; sortOrder: number }[];
  townshipGroups: { code: string; townshipCode: string; name: string; sortOrder: number }[];
  sectorPairings: { sectorCode: string; townshipGroupCode: string }[];
  participatingUnits: { code: string; name: string; kind: "party" | "peopleOrganisation"; sortOrder: number }[];
  handlingUnits: { code: string; name: string; shortName: string; sortOrder: number; active: boolean }[];
  members: DemoMember[];
  memberships: DemoMembership[];
};

export function demoCity(): DemoCity {
  const { members, memberships } = demoMembers();
  return {
    term: { ...demoTerm },
    sessions: demoSessions.map((s) => ({ ...s })),
    sectors: demoSectors.map(({ code, name, sortOrder, groupNumber, groupName }) => ({ code, name, sortOrder, groupNumber, groupName })),
    committees: demoCommittees.map((c) => ({ ...c })),
    townships: demoTownships.map(({ code, name, kind, sortOrder }) => ({ code, name, kind, sortOrder })),
    townshipGroups: demoTownshipGroups.map((g) => ({ ...g })),
    sectorPairings: demoSectorPairings.map((p) => ({ ...p })),
    participatingUnits: demoParticipatingUnits.map((u) => ({ ...u })),
    handlingUnits: demoHandlingUnits.map((u) => ({ ...u })),
    members,
    memberships,
  };
}
