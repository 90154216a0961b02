/** The nine special committees named in DOMAIN.md, in the order councils list them. */
export const demoCommittees = [
  { code: "proposal", name: "提案委员会" },
  { code: "economy", name: "经济委员会" },
  { code: "agriculture", name: "农业和农村委员会" },
  { code: "populationEnvironment", name: "人口资源环境委员会" },
  { code: "eduSciHealthSports", name: "教科卫体委员会" },
  { code: "socialLegal", name: "社会和法制委员会" },
  { code: "ethnicReligion", name: "民族宗教委员会" },
  { code: "hkMacaoTaiwanForeign", name: "港澳台侨和外事委员会" },
  { code: "cultureHistory", name: "文化文史和学习委员会" },
].map((c, i) => ({ ...c, sortOrder: i + 1 }));
