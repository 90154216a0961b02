/**
 * 党派 of a member: the Communist Party, one of the eight democratic parties, non-party
 * (无党派人士, a recognised group in the CPPCC) or none (群众). This is a personal attribute,
 * kept apart from participating units because 无党派人士 and 群众 are not organisations.
 */
export const partyAffiliations = [
  "cpc",
  "rckmt",
  "cdl",
  "cndca",
  "capd",
  "pwdp",
  "zhigong",
  "jiusan",
  "tdsl",
  "nonParty",
  "none",
] as const;
export type PartyAffiliation = (typeof partyAffiliations)[number];

/** The short names rosters use in the 党派 column. */
export const partyAffiliationLabels: Record<PartyAffiliation, string> = {
  cpc: "中共",
  rckmt: "民革",
  cdl: "民盟",
  cndca: "民建",
  capd: "民进",
  pwdp: "农工党",
  zhigong: "致公党",
  jiusan: "九三学社",
  tdsl: "台盟",
  nonParty: "无党派人士",
  none: "群众",
};

/** Other ways offices write the same affiliation in a spreadsheet. */
const aliases: Record<PartyAffiliation, readonly string[]> = {
  cpc: ["中共党员", "中共预备党员", "中国共产党", "共产党员", "党员"],
  rckmt: ["民革党员", "中国国民党革命委员会"],
  cdl: ["民盟盟员", "中国民主同盟"],
  cndca: ["民建会员", "中国民主建国会"],
  capd: ["民进会员", "中国民主促进会"],
  pwdp: ["农工党党员", "农工民主党", "中国农工民主党"],
  zhigong: ["致公党党员", "中国致公党"],
  jiusan: ["九三学社社员", "九三"],
  tdsl: ["台盟盟员", "台湾民主自治同盟"],
  nonParty: ["无党派"],
  none: ["无"],
};

const byText = new Map<string, PartyAffiliation>();
for (const code of partyAffiliations) {
  byText.set(partyAffiliationLabels[code], code);
  for (const a of aliases[code]) byText.set(a, code);
}

/** Reads the 党派 column; null when the text names no affiliation the platform knows. */
export function parsePartyAffiliation(text: string): PartyAffiliation | null {
  return byText.get(text.replace(/\s/g, "")) ?? null;
}
