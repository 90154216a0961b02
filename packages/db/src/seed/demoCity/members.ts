import {
  moveCommittee,
  openMemberships,
  withdrawalChanges,
  type Gender,
  type MemberPost,
  type MemberStatus,
  type MembershipKind,
  type NewMembership,
  type PartyAffiliation,
} from "@cppcc/domain";
import { demoCommittees } from "./committees";
import { employerFor } from "./employers";
import { uniqueName } from "./names";
import { createRng, type Rng } from "./prng";
import { demoSectors } from "./sectors";
import { demoTerm } from "./term";
import { demoTownshipGroups, demoTownships } from "./townships";

/** A member as plain data, referring to other records by code. Places are those current today (or at withdrawal). */
export type DemoMember = {
  code: string;
  termCode: string;
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  partyAffiliation: PartyAffiliation;
  employerAndTitle: string;
  phone: string;
  post: MemberPost;
  status: MemberStatus;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  sectorCode: string;
  committeeCodes: string[];
  townshipGroupCode: string;
};

/** The dated history behind the places: a row per sector, committee and group a member held. */
export type DemoMembership = { memberCode: string; kind: MembershipKind; targetCode: string; startDate: string; endDate: string | null };

/** Fixed so the city is the same on every run; changing it changes every generated member. */
const seed = 20220105;

/** Leadership by sector: the n-th member of a sector holds the post (0-based). */
const leaders: { sector: string; index: number; post: MemberPost; employerAndTitle: string }[] = [
  { sector: "cpc", index: 0, post: "chair", employerAndTitle: "政协平湖市委员会主席" },
  { sector: "cpc", index: 1, post: "viceChair", employerAndTitle: "政协平湖市委员会副主席" },
  { sector: "cdl", index: 0, post: "viceChair", employerAndTitle: "民盟平湖市基层委员会主委、平湖市教育局副局长" },
  { sector: "cndca", index: 0, post: "viceChair", employerAndTitle: "民建平湖市基层委员会主委、平湖市人力资源和社会保障局副局长" },
  { sector: "capd", index: 0, post: "viceChair", employerAndTitle: "民进平湖市基层委员会主委、平湖市文化和广电旅游体育局副局长" },
  { sector: "nonParty", index: 0, post: "viceChair", employerAndTitle: "平湖市卫生健康局副局长" },
  { sector: "cpc", index: 2, post: "secretaryGeneral", employerAndTitle: "政协平湖市委员会秘书长" },
];

/**
 * Standing members (常委) besides the leaders: the first ordinary member of every sector, and
 * a second from the largest sectors — 33 in all, 40 with the chair, vice-chairs and
 * secretary-general, about what a county council of 300 has.
 */
const secondStanding = new Set(["cpc", "economy", "education", "health", "commerce", "agriculture", "invited", "socialWelfare"]);

/** Members who leave mid-term, and who replaces them (增补) at the next session. */
const withdrawals = [
  { sector: "economy", index: 23, on: "2023-03-20", reason: "工作调动，离开平湖", replacedOn: "2024-01-10" },
  { sector: "health", index: 17, on: "2024-07-15", reason: "因身体原因本人申请辞去委员职务", replacedOn: "2025-01-08" },
];

/** Committee moves after the second session, kept as history: [member number, to committee]. */
const moves: [number, string][] = [
  [40, "cultureHistory"],
  [120, "agriculture"],
  [220, "proposal"],
];
const movedOn = "2023-06-01";

const minorities = ["回族", "畲族", "满族", "土家族", "蒙古族", "苗族"];
const partySectors = new Set<string>(["rckmt", "cdl", "cndca", "capd", "pwdp", "zhigong", "jiusan", "nonParty"]);

type Draft = DemoMember & { joinedOn: string };

function partyFor(rng: Rng, sector: string): PartyAffiliation {
  if (sector === "cpc") return "cpc";
  if (partySectors.has(sector)) return sector as PartyAffiliation;
  if (sector === "youthLeague") return rng.chance(0.5) ? "cpc" : "none";
  return rng.weighted<PartyAffiliation>([["cpc", 50], ["none", 38], ["nonParty", 12]]);
}

type Taken = { names: Set<string>; titles: Set<string> };

function draftMember(rng: Rng, n: number, sector: (typeof demoSectors)[number], taken: Taken, joinedOn: string): Draft {
  const gender: Gender = rng.chance(sector.code === "womenFederation" ? 0.85 : 0.32) ? "female" : "male";
  const [from, to] = sector.code === "youthLeague" ? [1986, 1996] : [1962, 1990];
  const committees = [rng.chance(0.8) ? sector.committee : rng.pick(demoCommittees).code];
  if (rng.chance(0.25)) committees.push(rng.pick(demoCommittees.filter((c) => c.code !== committees[0])).code);
  const township = rng.weighted(demoTownships.map((t) => [t.code, t.weight] as const));
  return {
    code: `m${String(n).padStart(3, "0")}`,
    termCode: demoTerm.code,
    name: uniqueName(rng, gender, taken.names),
    gender,
    birthDate: `${rng.int(from, to)}-${String(rng.int(1, 12)).padStart(2, "0")}-01`,
    ethnicity: rng.chance(sector.code === "ethnicReligion" ? 0.5 : 0.02) ? rng.pick(minorities) : "汉族",
    partyAffiliation: partyFor(rng, sector.code),
    employerAndTitle: employerFor(rng, sector.code, taken.titles),
    // Fictional numbers in one visibly made-up block: 139 0000 0001 …
    phone: `1390000${String(n).padStart(4, "0")}`,
    post: "member",
    status: "active",
    withdrawnOn: null,
    withdrawalReason: null,
    sectorCode: sector.code,
    committeeCodes: committees,
    townshipGroupCode: demoTownshipGroups.find((g) => g.townshipCode === township)!.code,
    joinedOn,
  };
}

/** The term's members and their membership history, generated from the fixed seed. */
export function demoMembers(): { members: DemoMember[]; memberships: DemoMembership[] } {
  const rng = createRng(seed);
  // Leaders' titles are fixed, so no generated member may hold them.
  const taken: Taken = { names: new Set(), titles: new Set(leaders.map((l) => l.employerAndTitle)) };
  const drafts: Draft[] = [];
  const bySector = new Map<string, Draft[]>();

  for (const sector of demoSectors) {
    const list: Draft[] = [];
    for (let i = 0; i < sector.members; i++) list.push(draftMember(rng, drafts.length + list.length + 1, sector, taken, demoTerm.startDate));
    drafts.push(...list);
    bySector.set(sector.code, list);
  }

  for (const l of leaders) {
    const m = bySector.get(l.sector)![l.index]!;
    Object.assign(m, { post: l.post, employerAndTitle: l.employerAndTitle });
    // Leaders reach these posts late in a career.
    m.birthDate = `${rng.int(1963, 1970)}-${String(rng.int(1, 12)).padStart(2, "0")}-01`;
  }
  for (const [code, list] of bySector) {
    const ordinary = list.filter((m) => m.post === "member");
    for (const m of ordinary.slice(0, secondStanding.has(code) ? 2 : 1)) m.post = "standing";
  }

  // Rows carry a local id so that closing one (a move, a withdrawal) replaces exactly that row.
  type Row = NewMembership & { id: number };
  let rows: Row[] = [];
  const open = (m: Draft) => {
    const opened = openMemberships(m.code, { sectorId: m.sectorCode, committeeIds: m.committeeCodes, townshipGroupId: m.townshipGroupCode }, m.joinedOn);
    rows.push(...opened.map((r, i) => ({ ...r, id: rows.length + i })));
  };
  const apply = (changes: { close: Row[]; open: NewMembership[] }) => {
    const closed = new Map(changes.close.map((r) => [r.id, r]));
    rows = rows.map((r) => closed.get(r.id) ?? r);
    rows.push(...changes.open.map((r, i) => ({ ...r, id: rows.length + i })));
  };
  drafts.forEach(open);

  for (const [n, to] of moves) {
    const m = drafts[n - 1]!;
    const from = m.committeeCodes[0]!;
    if (m.committeeCodes.includes(to)) continue;
    apply(moveCommittee(rows, m.code, from, to, movedOn));
    m.committeeCodes = m.committeeCodes.map((c) => (c === from ? to : c));
  }

  for (const w of withdrawals) {
    const m = bySector.get(w.sector)![w.index]!;
    if (m.post !== "member") throw new Error(`demo: withdrawal of ${m.code} would remove a ${m.post}`);
    Object.assign(m, { status: "withdrawn", withdrawnOn: w.on, withdrawalReason: w.reason });
    apply({ close: withdrawalChanges(rows, m.code, w.on), open: [] });
    const sector = demoSectors.find((s) => s.code === w.sector)!;
    const replacement = draftMember(rng, drafts.length + 1, sector, taken, w.replacedOn);
    drafts.push(replacement);
    open(replacement);
  }

  const order = new Map(drafts.map((m, i) => [m.code, i]));
  const memberships = rows
    .map((r) => ({ memberCode: r.memberId, kind: r.kind, targetCode: r.targetId, startDate: r.startDate, endDate: r.endDate }))
    .sort((a, b) => order.get(a.memberCode)! - order.get(b.memberCode)! || a.startDate.localeCompare(b.startDate));
  return { members: drafts.map(({ joinedOn: _joinedOn, ...m }) => m), memberships };
}
