import { residentTopicProblems } from "@cppcc/domain";

// What residents write on a township's public page: a place, a problem and a request, each text
// distinct (the server stores one topic per township and normalised text, so a repeated text
// would be answered as a duplicate and measure something else). Every text is checked with the
// domain's own spam rules before it is sent, so a 400 can only mean the rules changed.

const places = [
  "幸福里小区", "东门菜市场", "实验小学门口", "老街十字路口", "滨河公园", "三号楼后巷", "镇卫生院", "新村安置小区",
  "文化广场", "公交总站", "农贸市场东侧", "中心幼儿园", "社区养老驿站", "工业园区南门", "村口石桥", "镇政府对面",
];
const issues = [
  "停车难", "路灯不亮", "积水严重", "垃圾清运不及时", "噪音扰民", "电动车乱停放", "缺少无障碍坡道", "健身器材损坏",
  "早晚高峰拥堵", "下水道堵塞", "占道经营", "缺少休息座椅", "人行道破损", "充电桩太少", "监控盲区", "公厕无人保洁",
];
const details = [
  "附近居民反映已有半年多", "老人和孩子出行很不方便", "雨天尤其明显", "晚上九点以后最突出", "周末人多时更严重",
  "多次向物业反映未解决", "去年修过一次又坏了", "外来车辆也常停在这里",
];
const requests = [
  "希望有关部门实地看看", "建议议事会请相关单位一起商量", "盼早日拿出解决办法", "建议增设标识并定期巡查",
  "希望能听听周边居民的意见", "建议纳入今年的民生实事",
];

export type TopicText = { topic: string; description: string };

/**
 * Texts no other run and no other call of this generator produces: `tag` is the run's, `serial`
 * counts up. A text the domain would refuse is skipped (bounded: the rules refuse only repeats).
 */
export function topicTexts(tag: string): () => TopicText {
  let serial = 0;
  return () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      serial++;
      const pick = <T>(list: readonly T[], salt: number) => list[(serial * salt + (serial >> 4)) % list.length] as T;
      const place = pick(places, 7);
      const issue = pick(issues, 5);
      const text = {
        topic: `${place}${issue}的问题`,
        description: `${place}${issue}，${pick(details, 3)}，${pick(requests, 11)}。（居民留言 ${tag}-${serial}）`,
      };
      if (residentTopicProblems(text).length === 0) return text;
    }
    throw new Error(`100 texts in a row broke the spam rules; last serial ${serial}`);
  };
}
