import { townshipGroupName, type TownshipKind } from "@cppcc/domain";

/**
 * 平湖's three streets and six towns (the same names and order as the foundation seed), one
 * member group each. `weight` is how likely a member lives or works there: the city centre
 * (当湖) holds most offices, schools and hospitals.
 */
const rows: [code: string, name: string, kind: TownshipKind, weight: number][] = [
  ["danghu", "当湖街道", "street", 5],
  ["zhongdai", "钟埭街道", "street", 2],
  ["caoqiao", "曹桥街道", "street", 1.5],
  ["zhapu", "乍浦镇", "town", 2],
  ["xindai", "新埭镇", "town", 1.5],
  ["xincang", "新仓镇", "town", 1],
  ["guangchen", "广陈镇", "town", 1],
  ["lindai", "林埭镇", "town", 1],
  ["dushangang", "独山港镇", "town", 1.5],
];

export const demoTownships = rows.map(([code, name, kind, weight], i) => ({ code, name, kind, sortOrder: i + 1, weight }));

export const demoTownshipGroups = demoTownships.map((t) => ({
  code: `${t.code}-group`,
  townshipCode: t.code,
  name: townshipGroupName(t.name),
  sortOrder: t.sortOrder,
}));
