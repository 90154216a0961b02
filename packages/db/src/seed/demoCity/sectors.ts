/**
 * 25 sectors in 18 activity groups. Small sectors share a group with a related one, as county
 * councils do; 社会福利和社会保障 is the 13th group, as in the Pinghu documents. `members` is
 * how many of the 300 initial members the sector seats, and `committee` the committee its
 * members mostly join (the sector's natural counterpart).
 */
export type DemoSector = {
  code: string;
  name: string;
  sortOrder: number;
  groupNumber: number;
  groupName: string;
  members: number;
  committee: string;
};

const rows: [code: string, name: string, groupNumber: number, groupName: string, members: number, committee: string][] = [
  ["cpc", "中共", 1, "中共", 30, "proposal"],
  ["rckmt", "民革", 2, "民革", 6, "hkMacaoTaiwanForeign"],
  ["cdl", "民盟", 3, "民盟", 10, "eduSciHealthSports"],
  ["cndca", "民建", 4, "民建", 10, "economy"],
  ["capd", "民进", 5, "民进", 8, "cultureHistory"],
  ["pwdp", "农工党", 6, "农工党和致公党", 8, "eduSciHealthSports"],
  ["zhigong", "致公党", 6, "农工党和致公党", 5, "hkMacaoTaiwanForeign"],
  ["jiusan", "九三学社", 7, "九三学社", 6, "populationEnvironment"],
  ["nonParty", "无党派人士", 8, "无党派人士", 10, "socialLegal"],
  ["commerce", "工商联", 9, "经济和工商联", 14, "economy"],
  ["economy", "经济界", 9, "经济和工商联", 24, "economy"],
  ["scienceTech", "科技界", 10, "科学技术", 12, "populationEnvironment"],
  ["scienceAssociation", "科协", 10, "科学技术", 8, "eduSciHealthSports"],
  ["education", "教育界", 11, "教育", 20, "eduSciHealthSports"],
  ["health", "医药卫生界", 12, "医药卫生", 18, "eduSciHealthSports"],
  ["socialWelfare", "社会福利和社会保障界", 13, "社会福利和社会保障", 12, "socialLegal"],
  ["culture", "文化艺术界", 14, "文化艺术和体育", 10, "cultureHistory"],
  ["sports", "体育界", 14, "文化艺术和体育", 6, "eduSciHealthSports"],
  ["agriculture", "农业界", 15, "农业和农村", 16, "agriculture"],
  ["youthLeague", "共青团", 16, "人民团体", 8, "socialLegal"],
  ["tradeUnion", "工会", 16, "人民团体", 10, "socialLegal"],
  ["womenFederation", "妇联", 16, "人民团体", 10, "socialLegal"],
  ["ethnicReligion", "少数民族和宗教界", 17, "民族宗教和港澳台侨", 6, "ethnicReligion"],
  ["overseasChinese", "港澳台侨界", 17, "民族宗教和港澳台侨", 6, "hkMacaoTaiwanForeign"],
  ["invited", "特邀人士", 18, "特邀", 27, "proposal"],
];

export const demoSectors: DemoSector[] = rows.map(([code, name, groupNumber, groupName, members, committee], i) => ({
  code,
  name,
  sortOrder: i + 1,
  groupNumber,
  groupName,
  members,
  committee,
}));
