import { residentCaller } from "./actors";
import { afterMeeting, invitees, runMeetingDay } from "./meeting";
import type { DemoWorld } from "./world";

/**
 * The liaison's township through the year (民生议事堂): residents raise topics on the public page;
 * the officer accepts most, declines one and leaves the newest waiting; sessions are held on the
 * accepted ones, their suggestions routed to units who answer (one late, one not yet), closed one
 * by one, and the first session's results published.
 */
const topics: [day: number, topic: string, description: string, fate: "accept" | "reject" | "pending"][] = [
  [-200, "东湖小区路灯长期不亮", "东湖小区3幢到7幢之间的路灯坏了两个多月，晚上老人出门很不安全，希望尽快修好。", "accept"],
  [-196, "菜市场周边占道经营严重", "南河头菜市场门口早上摊位摆到马路上，电动车和行人挤在一起，经常发生剐蹭。", "accept"],
  [-120, "老年食堂就餐座位不够", "社区老年食堂中午就餐人多，座位只有二十几个，很多老人要排队等半个小时。", "accept"],
  [-115, "小区电动车充电桩太少", "城南小区只有两处充电桩，晚上排队充电，有人从楼上拉电线下来充电，很危险。", "accept"],
  [-90, "希望给我家门口装个路灯", "我家在巷子最里面，希望单独给我家门口装一个路灯，方便晚上回家。", "reject"],
  [-30, "学校门口接送车辆拥堵", "实验小学放学时门口道路堵得水泄不通，希望设置临时停车区和护学岗。", "accept"],
  [-6, "河道有异味需要清理", "环城河北段最近水面漂浮物多，夏天有明显异味，希望安排清淤保洁。", "pending"],
  [-3, "公园健身器材损坏", "东湖公园儿童游乐区和健身器材有几处损坏，存在安全隐患，希望尽快维修。", "pending"],
];

const names = ["王阿姨", "陈师傅", "李女士", "张先生", "刘大伯", "赵女士", "周先生", "吴阿姨"];

export async function generateDeliberations(w: DemoWorld) {
  const { liaison, clock } = w;
  const township = w.liaisonTownshipId;
  for (const [k, [day, topic, description]] of topics.entries()) {
    clock.set(day, 19);
    const resident = residentCaller(w.db, clock, 10 + k);
    await resident.consultation.publicTopic.submit({ townshipId: township, topic, description, name: names[k]!, phone: `1380000${String(1200 + k * 37).padStart(4, "0")}` });
  }
  // The officer reviews each topic within days of it arriving.
  const pending = (await liaison.consultation.residentTopic.list({ state: "pending", limit: 50 })).items;
  const accepted = new Map<string, string>();
  for (const [day, topic, , fate] of topics) {
    if (fate === "pending") continue;
    const row = pending.find((t) => t.topic === topic)!;
    clock.set(day + 2, 10);
    await liaison.consultation.residentTopic.moderate({
      id: row.id,
      version: row.version,
      type: fate,
      ...(fate === "reject" ? { reason: "属于个人诉求，已转社区按程序办理" } : {}),
    });
    if (fate === "accept") accepted.set(topic, row.id);
  }
  const topicIds = (...list: string[]) => list.map((t) => accepted.get(t)!);

  // 1. Held in spring, every suggestion closed, results published.
  clock.set(-190, 10);
  const first = await schedule(w, topicIds("东湖小区路灯长期不亮", "菜市场周边占道经营严重"), "东湖小区路灯与菜市场周边秩序议事会", -180);
  await runMeetingDay(w, liaison, first.id, -180);
  const s1 = await suggestion(w, first.id, -180, "建议住建部门一个月内完成东湖小区路灯更换，并纳入定期巡检", "urbanRural", "王阿姨");
  const s2 = await suggestion(w, first.id, -180, "建议在菜市场西侧划定临时摊位区，早市时段安排专人管理", "society", null);
  const held1 = await afterMeeting(w, liaison, first, -180, null, "held");
  await route(w, s1, "市住建局", -178, -150);
  await answer(w, s1, "市住建局", -160);
  await route(w, s2, "市综合执法局", -178, -150);
  await answer(w, s2, "市综合执法局", -155);
  clock.set(-140, 10);
  await close(w, s1.id, "implemented");
  await close(w, s2.id, "partlyImplemented", "临时摊位区已划定，专人管理尚在协调");
  clock.set(-135, 10);
  const detail = await liaison.consultation.get({ id: first.id });
  const closed = await liaison.consultation.transition({ id: first.id, version: detail.version ?? held1.version, event: { type: "close" } });
  clock.set(-133, 10);
  await liaison.consultation.deliberation.publishSummary({
    id: first.id,
    version: closed.version,
    summary: "本次议事围绕东湖小区路灯和菜市场周边秩序提出建议 2 条：路灯已全部更换并纳入巡检，菜市场临时摊位区已划定，专人管理正在落实。",
  });

  // 2. Held last month: one suggestion answered and waiting to be closed, one overdue at its unit, one still in time.
  clock.set(-55, 10);
  const second = await schedule(w, topicIds("老年食堂就餐座位不够", "小区电动车充电桩太少"), "老年助餐与电动车充电议事会", -40);
  await runMeetingDay(w, liaison, second.id, -40);
  const s3 = await suggestion(w, second.id, -40, "建议扩大社区老年食堂就餐区，增加错峰就餐和送餐上门服务", "society", "刘大伯");
  const s4 = await suggestion(w, second.id, -40, "建议在城南小区增设集中充电车棚，配备智能充电桩和消防设施", "urbanRural", null);
  const s5 = await suggestion(w, second.id, -40, "建议开展电动车进楼入户充电专项整治", "society", "赵女士");
  await afterMeeting(w, liaison, second, -40, null, "held");
  await route(w, s3, "市民政局", -38, -24);
  await answer(w, s3, "市民政局", -26);
  await route(w, s4, "市住建局", -38, -8);
  await route(w, s5, "市应急管理局", -30, 10);

  // 3. The next session, on the school-gate topic, in two weeks.
  clock.set(-5, 10);
  await schedule(w, topicIds("学校门口接送车辆拥堵"), "实验小学门口交通秩序议事会", 12);
}

async function schedule(w: DemoWorld, topicIds: string[], title: string, day: number) {
  const { consultation } = await w.liaison.consultation.deliberation.scheduleFromTopics({
    topicIds,
    title,
    plannedDate: w.clock.day(day),
    startTime: "14:30",
    venue: "当湖街道民生议事堂",
    // The township's members living nearby and the demo member, rather than the whole group and its paired sectors.
    inviteDefault: false,
  });
  const neighbours = w.others.filter((m) => m.townshipId === w.liaisonTownshipId);
  await w.liaison.consultation.invitation.invite({ consultationId: consultation.id, selection: { memberIds: [w.me, ...invitees(w, 12, neighbours)] } });
  return consultation;
}

async function suggestion(w: DemoWorld, consultationId: string, day: number, content: string, category: "society" | "urbanRural", resident: string | null) {
  w.clock.set(day, 16);
  return w.liaison.consultation.suggestion.record(
    resident ? { consultationId, content, category, authorKind: "resident", authorName: resident } : { consultationId, content, category, authorKind: "member", authorMemberId: w.me },
  );
}

type Row = { id: string; version: number };

async function route(w: DemoWorld, s: Row, unit: string, day: number, deadline: number) {
  w.clock.set(day, 10);
  const routed = await w.liaison.consultation.suggestion.route({ id: s.id, version: s.version, handlingUnitId: w.unit(unit), deadline: w.clock.day(deadline) });
  s.version = routed.version;
}

/** The unit answers: the demo handler for its own unit, the office entering another unit's letter. */
async function answer(w: DemoWorld, s: Row, unit: string, day: number) {
  w.clock.set(day, 11);
  const by = unit === "市住建局" ? w.handler : w.admin;
  const current = await by.consultation.suggestion.get({ id: s.id });
  const answered = await by.consultation.suggestion.answer({ id: s.id, version: current.version, answer: "已安排专人现场查看并制定整改方案，相关措施已落实到位，后续将纳入日常巡查。" });
  s.version = answered.version;
}

async function close(w: DemoWorld, id: string, result: "implemented" | "partlyImplemented", reason = "") {
  const current = await w.liaison.consultation.suggestion.get({ id });
  await w.liaison.consultation.suggestion.close({ id, version: current.version, result, reason });
}
