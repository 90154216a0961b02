import type { ProposalCategory } from "@cppcc/domain";

// The word table proposals are written from. A title is 关于 + an action + a place + a topic + an
// ending (关于加快推进农村生活污水治理的建议): 16 × 20 × 70 × 4 ≈ 90,000 titles, so a session of
// 300 proposals holds a few on each topic and similarity has near misses to tell apart. The text
// is sentences of the same topic and place with problems and measures drawn from longer lists.

/** 推进词. */
export const actions = [
  "加快推进", "进一步加强", "切实做好", "着力提升", "健全完善", "积极推动", "优化", "规范",
  "加大", "深化", "统筹推进", "全面提升", "持续改善", "探索建立", "大力发展", "有效破解",
];

/** Where the matter lies. */
export const places = [
  "农村", "城区", "老旧小区", "中小学校", "城乡社区", "乡镇", "工业园区", "山区", "沿海地区", "新建小区",
  "城郊结合部", "特色小镇", "背街小巷", "集贸市场", "交通枢纽", "旅游景区", "街道", "开发区", "县域", "镇村",
];

/** Topics with their category and whether offices count them as livelihood (民生). About 70 % are. */
export const topics: [topic: string, category: ProposalCategory, livelihood: boolean][] = [
  ["营商环境", "economy", false], ["民营经济发展", "economy", false], ["数字经济发展", "economy", false],
  ["中小微企业融资", "economy", false], ["招商引资", "economy", false], ["外贸企业转型", "economy", false],
  ["现代服务业", "economy", false], ["平台经济规范发展", "economy", true],
  ["停车难问题", "urbanRural", true], ["老旧小区改造", "urbanRural", true], ["城市更新", "urbanRural", true],
  ["公共交通体系建设", "urbanRural", true], ["电动自行车管理", "urbanRural", true], ["生活污水治理", "urbanRural", true],
  ["垃圾分类", "urbanRural", true], ["物业管理", "urbanRural", true], ["地下管网改造", "urbanRural", true],
  ["口袋公园建设", "urbanRural", true], ["充电桩布局", "urbanRural", true], ["慢行系统建设", "urbanRural", true],
  ["高标准农田建设", "agriculture", false], ["农村集体经济", "agriculture", true], ["乡村振兴人才", "agriculture", false],
  ["农产品品牌建设", "agriculture", false], ["家庭农场发展", "agriculture", true], ["农村宅基地管理", "agriculture", true],
  ["现代农业园区", "agriculture", false], ["农业社会化服务", "agriculture", true],
  ["养老服务体系建设", "society", true], ["居家养老服务", "society", true], ["婴幼儿托育服务", "society", true],
  ["就业创业服务", "society", true], ["残疾人保障", "society", true], ["社区治理", "society", true],
  ["新就业形态劳动者权益保障", "society", true], ["未成年人保护", "society", true], ["基层减负", "society", false],
  ["义务教育均衡发展", "scienceEducation", true], ["职业教育产教融合", "scienceEducation", true],
  ["科技成果转化", "scienceEducation", false], ["青少年心理健康教育", "scienceEducation", true],
  ["中小学课后服务", "scienceEducation", true], ["高层次人才引进", "scienceEducation", false], ["企业研发投入", "scienceEducation", false],
  ["基层医疗服务能力", "health", true], ["县域医共体建设", "health", true], ["家庭医生签约服务", "health", true],
  ["公共卫生应急体系", "health", true], ["中医药传承发展", "health", true], ["医保支付方式改革", "health", true],
  ["心理健康服务", "health", true],
  ["历史文化街区保护", "culture", false], ["非物质文化遗产传承", "culture", false], ["公共文化服务", "culture", true],
  ["全民健身设施", "culture", true], ["文旅融合发展", "culture", false], ["农村文化礼堂", "culture", true],
  ["河湖长制", "ecology", true], ["近岸海域污染防治", "ecology", true], ["大气污染防治", "ecology", true],
  ["土壤污染治理", "ecology", true], ["碳达峰碳中和", "ecology", false], ["生态补偿机制", "ecology", false],
  ["固体废物处置", "ecology", true],
  ["基层法治建设", "politicsLaw", false], ["矛盾纠纷多元化解", "politicsLaw", true], ["反电信网络诈骗", "politicsLaw", true],
  ["食品安全监管", "politicsLaw", true], ["安全生产", "politicsLaw", true], ["消防安全隐患整治", "politicsLaw", true],
  ["政务服务数字化改革", "other", true], ["对台交流合作", "other", false], ["侨务工作", "other", false],
];

/** 的建议 …: how titles end. */
export const endings = ["的建议", "的提案", "工作的建议", "的几点建议"];

/** Why it matters (the first sentence of 案由). */
export const concerns = [
  "群众普遍关心的民生实事", "推动高质量发展的重要内容", "基层治理的重要环节", "共同富裕示范区建设的重要方面",
  "人民群众反映强烈的突出问题", "城市品质提升的关键一环", "乡村全面振兴的重要支撑", "优化公共服务供给的重点领域",
];

/** What has been done so far. */
export const achievements = [
  "相关部门出台了一系列政策措施", "基础设施不断完善", "服务覆盖面逐步扩大", "群众满意度稳步提升",
  "财政投入力度持续加大", "试点工作取得初步成效", "工作机制基本建立", "社会各方参与积极性不断提高",
];

/** 存在的问题. */
export const problems = [
  "统筹协调机制不够健全", "资金投入总体不足", "专业人才队伍短缺", "部门之间信息共享不畅", "基础设施建设相对滞后",
  "政策落实存在最后一公里问题", "群众参与度不高", "长效管理机制尚未建立", "区域之间发展不平衡", "监管执法力度不够",
  "宣传引导不到位", "考核评价体系不完善", "服务供给与群众需求不匹配", "数字化应用水平不高", "标准规范不统一",
  "社会资本参与渠道不畅", "运营维护成本偏高", "基层工作力量薄弱", "日常巡查发现不及时", "群众投诉处置周期较长",
  "配套设施建设不同步", "责任边界划分不清", "专项资金使用效率不高", "项目审批流程较长",
];

/** 具体建议. */
export const measures = [
  "建立健全跨部门协调联动机制", "加大财政资金投入和保障力度", "引导社会资本有序参与", "加强专业人才培养和引进",
  "推进数字化管理平台建设", "完善考核评价和激励机制", "强化日常监督检查和执法", "加强政策宣传和舆论引导",
  "选择条件成熟的区域开展试点示范", "制定出台专项规划和实施方案", "简化审批流程提高办事效率", "建立群众诉求快速响应机制",
  "统一建设标准和管理规范", "落实属地管理责任", "推广先进地区的成熟经验", "建立长效运维和资金保障机制",
  "发挥行业协会和志愿者作用", "加强部门数据共享和业务协同", "将相关指标纳入年度考核", "定期开展评估并向社会公开",
];
