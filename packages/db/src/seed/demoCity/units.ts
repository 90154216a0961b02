/**
 * 参加单位: the Communist Party and the eight democratic parties, then the people's
 * organisations. County-level party branches are 基层委员会 or 支部 depending on their size.
 */
export const demoParticipatingUnits = [
  { code: "cpc", name: "中共平湖市委员会", kind: "party" },
  { code: "rckmt", name: "民革平湖市基层委员会", kind: "party" },
  { code: "cdl", name: "民盟平湖市基层委员会", kind: "party" },
  { code: "cndca", name: "民建平湖市基层委员会", kind: "party" },
  { code: "capd", name: "民进平湖市基层委员会", kind: "party" },
  { code: "pwdp", name: "农工党平湖市基层委员会", kind: "party" },
  { code: "zhigong", name: "致公党平湖市支部", kind: "party" },
  { code: "jiusan", name: "九三学社平湖市基层委员会", kind: "party" },
  { code: "tdsl", name: "台盟平湖市联络组", kind: "party" },
  { code: "tradeUnion", name: "平湖市总工会", kind: "peopleOrganisation" },
  { code: "youthLeague", name: "共青团平湖市委员会", kind: "peopleOrganisation" },
  { code: "womenFederation", name: "平湖市妇女联合会", kind: "peopleOrganisation" },
  { code: "commerce", name: "平湖市工商业联合会", kind: "peopleOrganisation" },
  { code: "scienceAssociation", name: "平湖市科学技术协会", kind: "peopleOrganisation" },
  { code: "overseasChinese", name: "平湖市归国华侨联合会", kind: "peopleOrganisation" },
  { code: "taiwanCompatriots", name: "平湖市台湾同胞联谊会", kind: "peopleOrganisation" },
  { code: "youthFederation", name: "平湖市青年联合会", kind: "peopleOrganisation" },
  { code: "literatureArt", name: "平湖市文学艺术界联合会", kind: "peopleOrganisation" },
].map((u, i) => ({ ...u, kind: u.kind as "party" | "peopleOrganisation", sortOrder: i + 1 }));
