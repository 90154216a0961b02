/**
 * A labelled set for the similarity search: proposals written the way members write them
 * (「关于……的建议」, the usual verbs, a short situation and suggestions), where the proposals of
 * one `group` are known duplicates an office would consider merging, and the rest are near misses
 * that share places, verbs or a word with them but are about something else.
 */
export type LabelledProposal = { group: string | null; title: string; situation: string; suggestions: string };

export const similarSet: LabelledProposal[] = [
  // The three proposals of issue 9: lifts in old estates, written by three members.
  {
    group: "lift",
    title: "关于加快老旧小区加装电梯的建议",
    situation: "我市老旧小区多建于上世纪八九十年代，以六层以下无电梯住宅为主，老年住户上下楼十分困难。",
    suggestions: "简化加装电梯审批流程，建立低层住户补偿机制，由街道社区牵头做好业主协商。",
  },
  {
    group: "lift",
    title: "关于推进既有住宅电梯加装工作的建议",
    situation: "既有多层住宅普遍未配电梯，随着人口老龄化，居民加装电梯意愿强烈，但一楼住户反对、费用分摊争议多。",
    suggestions: "出台加装电梯统一指导意见，推行一站式审批，明确规划、住建、市场监管等部门职责。",
  },
  {
    group: "lift",
    title: "关于加大老旧小区电梯加装资金补助的建议",
    situation: "目前老旧小区加装电梯每台需资金五六十万元，财政补助标准偏低，居民出资压力较大，不少项目因此搁置。",
    suggestions: "提高加装电梯补助标准，允许提取住房公积金用于加装电梯，引导社会资本参与建设和运营。",
  },
  {
    group: "parking",
    title: "关于缓解老城区停车难问题的建议",
    situation: "老城区道路狭窄，停车泊位严重不足，车辆乱停乱放现象突出，影响交通和消防通道畅通。",
    suggestions: "挖掘机关企事业单位停车场错时共享，利用边角地块建设立体停车库。",
  },
  {
    group: "parking",
    title: "关于解决中心城区停车难的建议",
    situation: "中心城区机动车保有量逐年增长，公共停车泊位缺口大，夜间居民停车难、白天商圈停车难并存。",
    suggestions: "编制停车设施专项规划，新建公共停车场，推行智慧停车诱导系统，提高泊位周转率。",
  },
  {
    group: "childcare",
    title: "关于加快发展普惠性托育服务的建议",
    situation: "三孩政策实施后，双职工家庭对婴幼儿托育需求增加，但普惠性托育机构少、收费高、师资不足。",
    suggestions: "将托育机构纳入社区配套建设，给予普惠托育机构运营补贴，加强保育人员培训。",
  },
  {
    group: "childcare",
    title: "关于推进0至3岁婴幼儿照护服务体系建设的提案",
    situation: "我市0至3岁婴幼儿入托率不足一成，托育服务供给总量不足、结构失衡，家庭照护负担重。",
    suggestions: "制定婴幼儿照护服务发展规划，支持幼儿园开设托班，鼓励用人单位提供福利性托育服务。",
  },
  {
    group: "meals",
    title: "关于推进社区老年食堂建设的建议",
    situation: "独居和高龄老人吃饭难问题突出，现有老年食堂覆盖面小，部分食堂因亏损难以为继。",
    suggestions: "按照步行十五分钟范围布局社区老年食堂，对就餐老人给予分档补贴，引入餐饮企业连锁运营。",
  },
  {
    group: "meals",
    title: "关于完善居家养老助餐服务的建议",
    situation: "居家老年人助餐需求大，但助餐点数量少、送餐服务不到位，农村地区几乎空白。",
    suggestions: "建设老年助餐服务网络，依托社区食堂和餐饮企业开展送餐上门，落实老年人就餐补贴。",
  },
  {
    group: "water",
    title: "关于加强农村饮用水安全保障的建议",
    situation: "部分农村地区供水管网老化，水质监测覆盖不全，存在饮用水安全隐患，偏远村庄供水不稳定。",
    suggestions: "加快农村供水管网改造，建立水质定期检测和公开制度，推进城乡供水同网同质。",
  },
  {
    group: "water",
    title: "关于推进城乡供水一体化的建议",
    situation: "城乡供水标准不一，农村饮用水水质和供水保障能力明显低于城区，部分镇村仍靠小水厂供水。",
    suggestions: "统筹城乡供水规划，将农村供水管网并入城市供水系统，实现城乡供水同网同质同价。",
  },
  {
    group: "waste",
    title: "关于进一步推进生活垃圾分类工作的建议",
    situation: "我市生活垃圾分类推行多年，但居民分类投放准确率不高，混收混运现象仍然存在。",
    suggestions: "完善垃圾分类收运体系，推行定时定点投放和积分奖励，加强对物业和收运企业的考核。",
  },
  {
    group: "waste",
    title: "关于提升农村生活垃圾分类实效的建议",
    situation: "农村生活垃圾分类设施简陋，村民分类意识薄弱，分类后混合清运，资源化利用率低。",
    suggestions: "配齐农村垃圾分类设施，建立村级保洁员分拣制度，完善生活垃圾分类收运和处理体系。",
  },
  {
    group: "ebike",
    title: "关于解决电动自行车充电难问题的建议",
    situation: "电动自行车保有量大，小区集中充电设施不足，居民飞线充电、楼道充电屡禁不止，火灾隐患突出。",
    suggestions: "在住宅小区和公共区域增设电动自行车集中充电桩，给予建设补贴，严查楼道停放充电。",
  },
  {
    group: "ebike",
    title: "关于加强电动自行车集中充电设施建设的提案",
    situation: "电动自行车火灾多因室内充电引发，老旧小区充电车棚少，现有充电桩收费不一、布点不合理。",
    suggestions: "将电动自行车充电设施纳入小区改造内容，统一收费标准，落实物业安全管理责任。",
  },
  {
    group: "myopia",
    title: "关于加强中小学生近视防控的建议",
    situation: "我市中小学生近视率逐年上升，电子产品使用时间长、户外活动少、课业负担重是主要原因。",
    suggestions: "保证学生每天两小时户外活动，控制电子产品使用时长，定期开展视力筛查并建立视力档案。",
  },
  {
    group: "myopia",
    title: "关于进一步做好儿童青少年近视防控工作的建议",
    situation: "儿童青少年近视呈低龄化趋势，学校、家庭、医疗机构在近视防控中衔接不够。",
    suggestions: "建立儿童青少年视力健康档案，落实课间户外活动，由眼科医院对学校开展近视防控指导。",
  },
  {
    group: "riders",
    title: "关于加强新就业形态劳动者权益保障的建议",
    situation: "外卖骑手、网约车司机等新就业形态劳动者数量快速增长，普遍存在参保率低、劳动强度大、维权难等问题。",
    suggestions: "推动平台企业为骑手缴纳职业伤害保障，建立新就业形态劳动者服务站点，畅通维权渠道。",
  },
  {
    group: "riders",
    title: "关于维护外卖骑手等灵活就业人员合法权益的建议",
    situation: "外卖骑手工作时间长、算法考核严，发生交通事故后工伤认定难，社会保险参保比例低。",
    suggestions: "督促外卖平台优化算法规则，为骑手提供职业伤害保险，建设骑手驿站，保障灵活就业人员权益。",
  },
  {
    group: "mental",
    title: "关于加强青少年心理健康教育的建议",
    situation: "青少年抑郁、焦虑等心理问题增多，学校心理健康教师配备不足，家校协同不够。",
    suggestions: "按标准配齐中小学专职心理教师，开设心理健康课程，建立学生心理危机预警和干预机制。",
  },
  {
    group: "mental",
    title: "关于重视中小学生心理健康问题的提案",
    situation: "中小学生学业压力大，心理问题呈低龄化，部分学校心理辅导室形同虚设。",
    suggestions: "把心理健康教育纳入学校考核，定期开展学生心理健康筛查，加强心理教师队伍建设。",
  },
  {
    group: "finance",
    title: "关于破解小微企业融资难融资贵问题的建议",
    situation: "小微企业缺少抵押物，银行放贷谨慎，融资渠道单一，贷款利率和担保费用较高。",
    suggestions: "扩大政府性融资担保覆盖面，推广信用贷款和应收账款质押融资，降低小微企业综合融资成本。",
  },
  {
    group: "finance",
    title: "关于加大对中小微企业金融支持力度的建议",
    situation: "受市场需求不足影响，中小微企业资金周转困难，银行信贷向大企业集中，中小微企业融资难。",
    suggestions: "设立中小微企业纾困基金，落实贷款延期和续贷政策，完善融资担保风险补偿机制。",
  },
  {
    group: "river",
    title: "关于加强城区河道水环境综合治理的建议",
    situation: "城区部分河道水体流动性差，雨污管网混接，汛期溢流污染严重，河道水质反复。",
    suggestions: "实施雨污分流改造和截污纳管，开展河道清淤和生态修复，落实河长制长效管护。",
  },
  {
    group: "river",
    title: "关于推进城区黑臭水体治理的建议",
    situation: "城区仍有部分河道黑臭现象反弹，排污口整治不彻底，生活污水直排河道。",
    suggestions: "全面排查入河排污口，加快污水管网建设和截污纳管，对河道开展清淤和生态修复。",
  },
  {
    group: "medical",
    title: "关于优化异地就医直接结算服务的建议",
    situation: "外出务工人员和随迁老人异地就医报销需要垫资和跑腿，直接结算的定点医院覆盖不全。",
    suggestions: "扩大异地就医直接结算定点医疗机构范围，推行线上备案，实现门诊费用跨省直接结算。",
  },
  {
    group: "medical",
    title: "关于简化医保异地就医备案手续的建议",
    situation: "参保人员办理异地就医备案材料多、流程繁琐，部分老人不会使用手机办理。",
    suggestions: "简化异地就医备案材料，推行承诺制备案，开通线下帮办窗口，方便参保人员直接结算。",
  },
  {
    group: "homestay",
    title: "关于推动乡村民宿规范发展的建议",
    situation: "我市乡村民宿数量快速增长，但证照办理难、消防标准不明确，部分民宿同质化严重。",
    suggestions: "出台乡村民宿管理办法，明确消防和卫生标准，培育特色民宿品牌，引导民宿集聚发展。",
  },
  {
    group: "homestay",
    title: "关于促进乡村民宿与全域旅游融合发展的建议",
    situation: "乡村民宿与周边景区、农业园区联动不足，旅游线路单一，游客停留时间短。",
    suggestions: "把乡村民宿纳入全域旅游规划，打造精品旅游线路，支持民宿集群建设和品牌推广。",
  },
  {
    group: "digital",
    title: "关于帮助老年人跨越数字鸿沟的建议",
    situation: "不少老年人不会使用智能手机，在就医挂号、出行扫码、网上缴费等方面遇到困难。",
    suggestions: "保留线下人工服务渠道，推动常用应用适老化改造，组织志愿者开展老年人智能手机培训。",
  },
  {
    group: "digital",
    title: "关于解决老年人运用智能技术困难的建议",
    situation: "政务服务和公共服务大量转到线上，老年人运用智能技术困难，办事不便。",
    suggestions: "公共服务场所保留现金支付和人工窗口，开展适老化改造，为老年人提供智能技术使用培训。",
  },
  // Near misses: the same places, verbs or a shared word, about something else.
  {
    group: null,
    title: "关于加快老旧小区雨污分流改造的建议",
    situation: "老旧小区排水管网雨污合流，雨天污水外溢，管道老化破损，居民反映强烈。",
    suggestions: "将雨污分流纳入老旧小区改造必改内容，统筹市政管网和小区管网同步改造。",
  },
  {
    group: null,
    title: "关于加强校园食品安全监管的建议",
    situation: "部分学校食堂和校外配餐企业食品安全管理不规范，食材采购和加工环节存在隐患。",
    suggestions: "推行学校食堂明厨亮灶，落实校长陪餐制度，加强对配餐企业的抽检。",
  },
  {
    group: null,
    title: "关于规范共享单车停放秩序的建议",
    situation: "共享单车投放量大，地铁口、商圈周边乱停乱放，占用人行道和盲道。",
    suggestions: "划定共享单车停放区域，推行电子围栏，落实运营企业调度和清运责任。",
  },
  {
    group: null,
    title: "关于推进数字乡村建设的建议",
    situation: "农村数字基础设施薄弱，农业生产经营数字化水平低，村民数字技能不足。",
    suggestions: "完善农村网络基础设施，发展农村电商，建设乡村数字治理平台。",
  },
  {
    group: null,
    title: "关于加强传统村落保护利用的建议",
    situation: "部分传统村落空心化严重，古建筑年久失修，保护资金不足，开发利用无序。",
    suggestions: "建立传统村落保护名录和专项资金，引导社会力量参与古建筑修缮和活化利用。",
  },
  {
    group: null,
    title: "关于完善基层医疗卫生服务体系的建议",
    situation: "乡镇卫生院和村卫生室人才流失，设备陈旧，群众看病仍往大医院跑。",
    suggestions: "推进县域医共体建设，提高基层医务人员待遇，推动优质医疗资源下沉。",
  },
  {
    group: null,
    title: "关于推进职业教育产教融合的建议",
    situation: "职业院校专业设置与产业需求脱节，企业参与办学积极性不高，实训基地不足。",
    suggestions: "建立校企合作激励机制，共建产业学院和实训基地，推行现代学徒制。",
  },
  {
    group: null,
    title: "关于加强耕地保护和粮食安全的建议",
    situation: "部分耕地被占用或撂荒，高标准农田建设后期管护不到位，种粮收益偏低。",
    suggestions: "严格落实耕地保护责任，整治撂荒地，完善种粮农民补贴政策。",
  },
  {
    group: null,
    title: "关于优化营商环境激发市场主体活力的建议",
    situation: "企业办事仍存在审批环节多、标准不统一、政策兑现慢等问题。",
    suggestions: "深化一网通办，推行涉企政策免申即享，建立营商环境投诉快速处理机制。",
  },
  {
    group: null,
    title: "关于加强非物质文化遗产传承保护的建议",
    situation: "部分非遗项目传承人年龄偏大，后继乏人，传承场所和经费不足。",
    suggestions: "扶持非遗传承人带徒授艺，建设非遗展示馆，推动非遗进校园进社区。",
  },
  {
    group: null,
    title: "关于推进海绵城市建设的建议",
    situation: "城市硬化面积大，雨水下渗能力弱，短时强降雨后内涝频发。",
    suggestions: "在新建和改造项目中落实海绵城市要求，建设下沉式绿地和透水铺装。",
  },
  {
    group: null,
    title: "关于加强电信网络诈骗防范宣传的建议",
    situation: "电信网络诈骗手段不断翻新，老年人和学生受骗案件多发，损失难以追回。",
    suggestions: "开展进社区进校园反诈宣传，推广国家反诈中心应用，加强对涉诈账户的监测。",
  },
  {
    group: null,
    title: "关于完善公共文化服务体系的建议",
    situation: "基层文化设施利用率不高，文化活动内容单一，群众参与度低。",
    suggestions: "推行公共文化设施社会化运营，开展订单式文化服务，建设城市书房。",
  },
  {
    group: null,
    title: "关于加快新能源汽车充电桩建设的建议",
    situation: "新能源汽车增长快，公共充电桩数量不足、分布不均，居民小区安装私人充电桩难。",
    suggestions: "将充电桩纳入城市基础设施规划，推动小区充电桩共建共享，简化报装手续。",
  },
  {
    group: null,
    title: "关于加强养老护理人才队伍建设的建议",
    situation: "养老机构护理员年龄偏大、流动性强、专业技能不足，薪酬待遇偏低。",
    suggestions: "建立养老护理员职业技能等级认定和薪酬激励制度，支持院校开设养老服务专业。",
  },
  {
    group: null,
    title: "关于拓宽农民增收渠道的建议",
    situation: "农民收入结构单一，农产品附加值低，农村集体经济薄弱。",
    suggestions: "发展农产品精深加工和乡村旅游，壮大村级集体经济，促进农民就近就业。",
  },
  {
    group: null,
    title: "关于加快发展夜间经济的建议",
    situation: "我市夜间消费场景少，商业街区夜间业态单一，配套交通和停车不便。",
    suggestions: "打造夜间消费集聚区，延长公共交通运营时间，丰富夜间文旅活动。",
  },
];

/** Every pair of proposals known to be duplicates, by index into the set. */
export function duplicatePairs(set: LabelledProposal[] = similarSet): [number, number][] {
  const pairs: [number, number][] = [];
  set.forEach((a, i) =>
    set.forEach((b, j) => {
      if (i < j && a.group !== null && a.group === b.group) pairs.push([i, j]);
    }),
  );
  return pairs;
}
