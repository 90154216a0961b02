import type { Rng } from "./prng";
import { demoTownships } from "./townships";

/**
 * 工作单位及职务 for each sector, from templates. Company names are invented (no real firm);
 * places are 平湖's own townships.
 */
const brands = ["恒信", "金禾", "瑞达", "华泽", "东湖", "九龙", "嘉平", "鸿远", "新源", "聚丰", "海塘", "泖河"];
const industries = ["箱包", "服装", "光电", "机械", "食品", "新材料", "电子", "物流", "纸品", "汽配"];
const company = (rng: Rng) => `浙江${rng.pick(brands)}${rng.pick(industries)}有限公司`;
/** 乍浦 — for names that use the place alone (平湖市乍浦中学). */
const town = (rng: Rng) => rng.pick(demoTownships).name.replace(/(街道|镇)$/, "");
/** 乍浦镇 / 当湖街道 — for bodies of the township itself. */
const township = (rng: Rng) => rng.pick(demoTownships).name;
/** A township's party committee: 镇委员会 for a town, 街道工作委员会 for a street. */
const townshipParty = (rng: Rng) => {
  const t = rng.pick(demoTownships);
  return `中共平湖市${t.name}${t.kind === "town" ? "委员会" : "工作委员会"}`;
};

type Template = (rng: Rng) => string;

const professional: Template[] = [
  (r) => `平湖市第一人民医院${r.pick(["主任医师", "副主任医师", "科主任"])}`,
  (r) => `平湖市${town(r)}中学${r.pick(["校长", "副校长", "教师"])}`,
  (r) => `浙江${r.pick(brands)}律师事务所${r.pick(["主任", "律师"])}`,
  (r) => `${company(r)}${r.pick(["董事长", "总经理", "财务总监"])}`,
  (r) => `平湖市${r.pick(["文化馆", "图书馆", "博物馆"])}${r.pick(["馆长", "副馆长"])}`,
  (r) => `平湖市${r.pick(["规划设计院", "建筑设计院"])}${r.pick(["院长", "高级工程师"])}`,
];

const bySector: Record<string, Template[]> = {
  cpc: [
    (r) => `${townshipParty(r)}${r.pick(["书记", "副书记"])}`,
    (r) => `平湖市${r.pick(["发展和改革局", "教育局", "财政局", "住房和城乡建设局", "农业农村局", "民政局"])}${r.pick(["局长", "党委书记"])}`,
    (r) => r.pick(["中共平湖市委办公室副主任", "中共平湖市委组织部副部长", "中共平湖市委统战部副部长", "中共平湖市委宣传部副部长"]),
  ],
  nonParty: professional,
  commerce: [(r) => `${company(r)}${r.pick(["董事长", "总经理"])}`, (r) => `平湖市${r.pick(industries)}行业协会会长`],
  economy: [
    (r) => `${company(r)}${r.pick(["董事长", "总经理", "副总经理"])}`,
    (r) => `${r.pick(["中国工商银行平湖支行", "中国农业银行平湖支行", "浙江平湖农村商业银行"])}${r.pick(["行长", "副行长"])}`,
  ],
  scienceTech: [(r) => `${company(r)}${r.pick(["总工程师", "研发总监"])}`, () => "平湖市农业科学研究所研究员"],
  scienceAssociation: [
    () => "平湖市科学技术协会副主席",
    (r) => `平湖市${r.pick(["电子学会", "机械工程学会", "农学会"])}理事长`,
    (r) => `${company(r)}${r.pick(["总工程师", "技术中心主任"])}`,
  ],
  education: [
    (r) => {
      const [school, titles] = r.pick([
        ["中学", ["校长", "副校长", "教师"]],
        ["小学", ["校长", "副校长", "教师"]],
        ["幼儿园", ["园长", "教师"]],
      ] as const);
      return `平湖市${town(r)}${school}${r.pick(titles)}`;
    },
    (r) => `${r.pick(["平湖中学", "当湖高级中学", "平湖市职业中等专业学校"])}${r.pick(["校长", "副校长", "高级教师"])}`,
  ],
  health: [
    (r) => `${r.pick(["平湖市第一人民医院", "平湖市中医院", "平湖市第二人民医院", "平湖市妇幼保健院"])}${r.pick(["院长", "副院长", "主任医师", "护士长"])}`,
    (r) => `平湖市${township(r)}社区卫生服务中心主任`,
  ],
  socialWelfare: [
    () => "平湖市社会福利中心主任",
    (r) => `平湖市${township(r)}居家养老服务中心负责人`,
    (r) => `平湖市${r.pick(["慈善总会", "残疾人联合会", "红十字会"])}${r.pick(["副会长", "理事长", "秘书长"])}`,
  ],
  culture: [
    (r) => `平湖市${r.pick(["文化馆", "博物馆", "图书馆"])}${r.pick(["馆长", "副馆长"])}`,
    (r) => `平湖市${r.pick(["书法家协会", "美术家协会", "音乐家协会", "作家协会"])}${r.pick(["主席", "副主席"])}`,
    () => "平湖派琵琶艺术传承人",
    () => "平湖市融媒体中心记者",
  ],
  sports: [(r) => `平湖市体育运动学校${r.pick(["校长", "教练"])}`, () => "平湖市体育中心主任"],
  agriculture: [
    (r) => `平湖市${town(r)}${r.pick(["西瓜", "蔬菜", "芦笋", "食用菌", "甜瓜"])}专业合作社理事长`,
    (r) => `平湖市${town(r)}${r.pick(brands)}家庭农场负责人`,
    (r) => `平湖市${township(r)}农业农村服务中心主任`,
  ],
  youthLeague: [() => "共青团平湖市委员会副书记", (r) => `共青团平湖市${township(r)}委员会书记`, (r) => `${company(r)}团委书记`],
  tradeUnion: [() => "平湖市总工会副主席", (r) => `平湖市${township(r)}总工会主席`, (r) => `${company(r)}工会主席`],
  womenFederation: [() => "平湖市妇女联合会副主席", (r) => `平湖市${township(r)}妇联主席`, (r) => `${company(r)}女职工委员会主任`],
  ethnicReligion: [
    (r) => `平湖市${r.pick(["佛教协会", "基督教两会", "道教协会"])}${r.pick(["会长", "副会长"])}`,
    () => "平湖市民族团结进步促进会副会长",
  ],
  overseasChinese: [() => "平湖市归国华侨联合会副主席", (r) => `${company(r)}（台资）总经理`, (r) => `${company(r)}（港资）董事长`],
  invited: [
    (r) => r.pick([`平湖市人民法院${r.pick(["副院长", "审判员"])}`, `平湖市人民检察院${r.pick(["副检察长", "检察官"])}`]),
    () => "平湖市律师协会会长",
    (r) => `平湖市${r.pick(["财政局", "审计局", "统计局", "信访局", "民政局", "水利局", "商务局", "司法局"])}原局长`,
    (r) => `${company(r)}董事长`,
  ],
};

/** Titles many people hold at once; any other title (a head of something) is given only once. */
const repeatable = /(教师|医师|律师|研究员|记者|传承人|教练|高级工程师)$/;

/**
 * A job for a member of the sector, not one another member already holds (two presidents of
 * the lawyers' association would look wrong). The democratic parties' members come from all
 * professions, and so does anyone whose sector's own titles are used up.
 */
export function employerFor(rng: Rng, sectorCode: string, taken: Set<string>): string {
  const pools = [bySector[sectorCode] ?? professional, professional];
  for (const pool of pools) {
    for (let attempt = 0; attempt < 20; attempt++) {
      const title = rng.pick(pool)(rng);
      if (repeatable.test(title) || !taken.has(title)) {
        taken.add(title);
        return title;
      }
    }
  }
  return rng.pick(professional)(rng).replace(/(长|主任|主席|书记)$/, "职员");
}
