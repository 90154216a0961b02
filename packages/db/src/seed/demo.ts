import { pinyinFull, pinyinInitials, zhejiangCityPreset } from "@cppcc/domain";
import { count } from "drizzle-orm";
import { insertAccounts } from "../accounts";
import type { Db, Tx } from "../client";
import { hashPassword } from "../password";
import {
  committee,
  council,
  handlingUnit,
  member,
  membership,
  participatingUnit,
  sector,
  sectorPairing,
  term,
  termSession,
  township,
  townshipGroup,
} from "../schema";
import { demoAccounts, demoPassword } from "./accounts";
import { demoCity, type DemoCity } from "./demoCity";

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(council);
  return (row?.n ?? 0) === 0;
}

const chain = [
  { name: "中国人民政治协商会议全国委员会", level: "national" },
  { name: "政协浙江省委员会", level: "province" },
  { name: "政协嘉兴市委员会", level: "city" },
  { name: "政协平湖市委员会", level: "county" },
] as const;

/**
 * The demo city: 政协平湖市委员会 (a county-level city) under its real chain of councils, with
 * its 13th-term roster from `demoCity()` and one login per role. Deterministic: the same rows
 * every run (only the generated ids differ).
 */
export async function seedDemo(db: Db): Promise<{ councilId: string }> {
  const passwordHash = await hashPassword(demoPassword);
  const city = demoCity();
  return db.transaction(async (tx) => {
    let parentId: string | null = null;
    for (const c of chain) {
      const [row]: { id: string }[] = await tx
        .insert(council)
        .values({ name: c.name, level: c.level, parentId, ruleSet: zhejiangCityPreset })
        .returning({ id: council.id });
      parentId = row!.id;
    }
    const councilId = parentId!;
    const ids = await insertRoster(tx, councilId, city);

    const demoMember = city.members.find((m) => m.status === "active" && m.post === "member" && m.townshipGroupCode === "danghu-group")!;
    const unit = city.handlingUnits.find((u) => u.shortName === "市住建局") ?? city.handlingUnits[0]!;
    await insertAccounts(
      tx,
      demoAccounts.map((a) => ({
        councilId,
        username: a.username,
        displayName: a.role === "member" ? demoMember.name : a.displayName,
        role: a.role,
        passwordHash,
        townshipId: a.role === "liaison" ? ids.township.get("danghu")! : null,
        handlingUnitId: a.role === "handler" ? ids.handlingUnit.get(unit.code)! : null,
        memberId: a.role === "member" ? ids.member.get(demoMember.code)! : null,
      })),
    );
    return { councilId };
  });
}

/** Inserts in dependency order, mapping each record's stable code to the id Postgres gives it. */
async function insertRoster(tx: Tx, councilId: string, city: DemoCity) {
  const byCode = (rows: { id: string; code: string }[]) => new Map(rows.map((r) => [r.code, r.id]));
  const withCode = <T extends { code: string }>(list: T[], rows: { id: string }[]) =>
    byCode(rows.map((r, i) => ({ id: r.id, code: list[i]!.code })));

  const [t] = await tx
    .insert(term)
    .values({ councilId, number: city.term.number, startDate: city.term.startDate, endDate: city.term.endDate })
    .returning({ id: term.id });
  const termId = t!.id;
  await tx.insert(termSession).values(
    city.sessions.map((s) => ({ councilId, termId, number: s.number, startDate: s.startDate, endDate: s.endDate })),
  );

  const sectorIds = withCode(
    city.sectors,
    await tx
      .insert(sector)
      .values(city.sectors.map(({ code: _c, ...s }) => ({ councilId, ...s })))
      .returning({ id: sector.id }),
  );
  const committeeIds = withCode(
    city.committees,
    await tx
      .insert(committee)
      .values(city.committees.map(({ code: _c, ...c }) => ({ councilId, ...c })))
      .returning({ id: committee.id }),
  );
  const townshipIds = withCode(
    city.townships,
    await tx
      .insert(township)
      .values(city.townships.map(({ code: _c, ...t }) => ({ councilId, ...t })))
      .returning({ id: township.id }),
  );
  const groupIds = withCode(
    city.townshipGroups,
    await tx
      .insert(townshipGroup)
      .values(city.townshipGroups.map((g) => ({ councilId, townshipId: townshipIds.get(g.townshipCode)!, name: g.name })))
      .returning({ id: townshipGroup.id }),
  );
  await tx.insert(sectorPairing).values(
    city.sectorPairings.map((p) => ({
      councilId,
      sectorId: sectorIds.get(p.sectorCode)!,
      townshipGroupId: groupIds.get(p.townshipGroupCode)!,
    })),
  );
  await tx.insert(participatingUnit).values(city.participatingUnits.map(({ code: _c, ...u }) => ({ councilId, ...u })));
  const unitIds = withCode(
    city.handlingUnits,
    await tx
      .insert(handlingUnit)
      .values(city.handlingUnits.map(({ code: _c, ...u }) => ({ councilId, ...u })))
      .returning({ id: handlingUnit.id }),
  );

  const memberIds = withCode(
    city.members,
    await tx
      .insert(member)
      .values(
        city.members.map((m) => ({
          councilId,
          termId,
          name: m.name,
          nameInitials: pinyinInitials(m.name),
          namePinyin: pinyinFull(m.name),
          gender: m.gender,
          birthDate: m.birthDate,
          ethnicity: m.ethnicity,
          partyAffiliation: m.partyAffiliation,
          employerAndTitle: m.employerAndTitle,
          phone: m.phone,
          post: m.post,
          status: m.status,
          withdrawnOn: m.withdrawnOn,
          withdrawalReason: m.withdrawalReason,
          sectorId: sectorIds.get(m.sectorCode)!,
          townshipGroupId: groupIds.get(m.townshipGroupCode)!,
        })),
      )
      .returning({ id: member.id }),
  );
  const targets = { sector: sectorIds, committee: committeeIds, townshipGroup: groupIds };
  await tx.insert(membership).values(
    city.memberships.map((ms) => ({
      councilId,
      memberId: memberIds.get(ms.memberCode)!,
      kind: ms.kind,
      targetId: targets[ms.kind].get(ms.targetCode)!,
      startDate: ms.startDate,
      endDate: ms.endDate,
    })),
  );
  return { termId, township: townshipIds, handlingUnit: unitIds, member: memberIds };
}
