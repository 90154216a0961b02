// Shared by the excel tests only; not exported from the package.
import type { RosterEntry } from "../memberInput";
import { rosterLookups, rosterNames } from "./lookups";

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const lists = {
  sectors: [
    { id: uuid(1), name: "中共" },
    { id: uuid(2), name: "医药卫生界" },
    { id: uuid(3), name: "社会福利和社会保障界" },
  ],
  committees: [
    { id: uuid(11), name: "提案委员会" },
    { id: uuid(12), name: "经济委员会" },
    { id: uuid(13), name: "教科卫体委员会" },
  ],
  townshipGroups: [
    { id: uuid(21), name: "当湖街道委员小组", aliases: ["当湖街道"] },
    { id: uuid(22), name: "乍浦镇委员小组", aliases: ["乍浦镇"] },
  ],
};

export const lookups = rosterLookups(lists);
export const names = rosterNames(lists);
export const ids = {
  sectors: lists.sectors.map((s) => s.id),
  committees: lists.committees.map((c) => c.id),
  townshipGroups: lists.townshipGroups.map((g) => g.id),
};

export const entry: RosterEntry = {
  name: "张三丰",
  gender: "male",
  birthDate: "1975-03-01",
  ethnicity: "汉族",
  partyAffiliation: "cdl",
  sectorId: uuid(2),
  committeeIds: [uuid(13), uuid(11)],
  townshipGroupId: uuid(21),
  employerAndTitle: "平湖市第一人民医院院长",
  phone: "13812341234",
  post: "standing",
};

/** 姓名 性别 出生年月 民族 党派 界别 专委会 委员小组 工作单位及职务 手机 职务 */
export const goodRow = ["张三丰", "男", "1975.03", "汉族", "民盟", "医药卫生界", "教科卫体委员会、提案委员会", "当湖街道委员小组", "平湖市第一人民医院院长", "13812341234", "常委"];
