import type { FigureModule } from "./modules";

/**
 * How a filter narrows a figure: `venue` — the consultation's own township (where it was held);
 * `member` — the member the record belongs to (first proposer, speaker, author); null — the filter
 * does not apply to this figure, which then says so instead of showing an unfiltered number.
 */
export type FilterBasis = "venue" | "member" | null;

export type FigureDefinition = {
  id: string;
  label: string;
  unit: string;
  /** What is counted, from which records, in which period: shown on screen beside the figure. */
  definition: string;
  module: FigureModule;
  township: FilterBasis;
  sector: FilterBasis;
};

const held = "所选期间内举行（有举行日期）的";

/**
 * The figures a term's or a year's report publishes (数说, e.g. Pinghu's 13th term), in the order
 * a report reads them. Every figure is counted from the platform's own records.
 */
export const figureCatalog = [
  {
    id: "consultationEvents",
    label: "协商活动",
    unit: "次",
    definition: `${held}各种形式协商（含已举行后取消的），不含草稿、计划中和未举行即取消的；按镇街道筛选时计该镇街道举行的。`,
    module: "consultation",
    township: "venue",
    sector: null,
  },
  {
    id: "standingCommitteeConsultations",
    label: "常委会会议协商",
    unit: "次",
    definition: `${held}「常委会会议协商」。只计平台登记为协商的常委会会议，其他议程的常委会会议不在其中。`,
    module: "consultation",
    township: null,
    sector: null,
  },
  {
    id: "chairsMeetingConsultations",
    label: "主席会议专题协商",
    unit: "次",
    definition: `${held}「主席会议专题协商」。只计平台登记为协商的主席会议。`,
    module: "consultation",
    township: null,
    sector: null,
  },
  {
    id: "pleaseComeToConsult",
    label: "「请你来协商」",
    unit: "次",
    definition: `${held}「请你来协商」活动。`,
    module: "consultation",
    township: null,
    sector: null,
  },
  {
    id: "pleaseComeToConsultSuggestions",
    label: "「请你来协商」意见建议",
    unit: "条",
    definition: `${held}「请你来协商」活动上记录的意见建议（委员、部门代表、群众提出的都计入）。按界别筛选时只计委员本人提出的。`,
    module: "consultation",
    township: null,
    sector: "member",
  },
  {
    id: "deliberations",
    label: "民生议事堂",
    unit: "次",
    definition: `${held}民生议事堂议事活动；按镇街道筛选时计该镇街道举行的。`,
    module: "consultation",
    township: "venue",
    sector: null,
  },
  {
    id: "suggestions",
    label: "协商意见建议",
    unit: "条",
    definition: `${held}各种形式协商上记录的意见建议；按镇街道筛选时计该镇街道举行的协商上的，按界别筛选时只计委员本人提出的。`,
    module: "consultation",
    township: "venue",
    sector: "member",
  },
  {
    id: "recommendations",
    label: "报送建议案",
    unit: "件",
    definition: "成果为「建议案」、报送日期在所选期间内的协商。",
    module: "consultation",
    township: null,
    sector: null,
  },
  {
    id: "proposalsReceived",
    label: "收到提案",
    unit: "件",
    definition: "所选期间内召开的各次会议（届次会议）收到的提案，含大会期间和闭会期间提交的，不含草稿。按第一提案人提交时所在界别、委员小组所在镇街道筛选，集体提案不计入界别和镇街道。",
    module: "proposal",
    township: "member",
    sector: "member",
  },
  {
    id: "proposalsFiled",
    label: "立案",
    unit: "件",
    definition: "上述提案中经审查立案的（含其后交办、答复、测评、办结的）。",
    module: "proposal",
    township: "member",
    sector: "member",
  },
  {
    id: "filingRate",
    label: "立案率",
    unit: "%",
    definition: "立案件数 ÷ 收到提案件数。",
    module: "proposal",
    township: "member",
    sector: "member",
  },
  {
    id: "livelihoodShare",
    label: "民生类提案占比",
    unit: "%",
    definition: "立案提案中审查时标记为民生类的件数 ÷ 立案件数。",
    module: "proposal",
    township: "member",
    sector: "member",
  },
  {
    id: "satisfactionRate",
    label: "办理满意率",
    unit: "%",
    definition: "已测评的立案提案中，提案人评为满意或基本满意的件数 ÷ 已测评件数（再次办理后以最近一次测评为准）。",
    module: "proposal",
    township: "member",
    sector: "member",
  },
  {
    id: "plenarySpeeches",
    label: "大会发言",
    unit: "篇",
    definition: `${held}会议上登记为「大会发言」的委员发言；按发言委员所在界别、委员小组所在镇街道筛选。`,
    module: "consultation",
    township: "member",
    sector: "member",
  },
  {
    id: "researchReports",
    label: "调研报告",
    unit: "篇",
    definition: "办公室在委员履职档案中登记为「提交调研报告」且未撤销的记录，按发生日期落在所选期间内计；按委员所在界别、委员小组所在镇街道筛选。",
    module: "dutyRecord",
    township: "member",
    sector: "member",
  },
  {
    id: "opinionReports",
    label: "社情民意信息",
    unit: "篇",
    definition: "委员和各方报送并被受理的社情民意信息。",
    module: "opinionReport",
    township: "member",
    sector: "member",
  },
  {
    id: "opinionReportsAdoptedNational",
    label: "被全国政协采用",
    unit: "篇",
    definition: "社情民意信息被全国政协采用的篇数。",
    module: "opinionReport",
    township: "member",
    sector: "member",
  },
  {
    id: "opinionReportsAdoptedProvincial",
    label: "被省政协采用",
    unit: "篇",
    definition: "社情民意信息被省政协采用的篇数。",
    module: "opinionReport",
    township: "member",
    sector: "member",
  },
  {
    id: "supervisionActivities",
    label: "民主监督活动",
    unit: "次",
    definition: "民主监督员小组开展的监督、视察和民主评议活动。",
    module: "supervision",
    township: null,
    sector: null,
  },
  {
    id: "supervisionLetters",
    label: "民主监督建议书",
    unit: "件",
    definition: "送达承办单位的民主监督建议书。",
    module: "supervision",
    township: null,
    sector: null,
  },
  {
    id: "onlineStatements",
    label: "网络议政发言",
    unit: "条",
    definition: "委员和群众在网络议政、远程协商中发表的意见。",
    module: "onlineDeliberation",
    township: "member",
    sector: "member",
  },
] as const satisfies readonly FigureDefinition[];

export type FigureId = (typeof figureCatalog)[number]["id"];
