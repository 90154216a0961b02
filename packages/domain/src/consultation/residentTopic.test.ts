import { describe, expect, it } from "vitest";
import { policy, type Actor } from "../auth/policy";
import {
  moderateResidentTopic,
  availableResidentTopicSteps,
  publicTopicView,
  residentTopicEventTypes,
  residentTopicInput,
  residentTopicMachine,
  residentTopicStates,
  topicLinkProblem,
  type ResidentTopicEvent,
  type ResidentTopicEventType,
  type ResidentTopicState,
} from "./residentTopic";
import { uid } from "./testIds";

const t1 = uid(1);
const base = { townshipId: t1, topic: "老旧小区路灯不亮", description: "东湖小区 3 幢到 8 幢之间的路灯坏了两个多月。" };

describe("resident topic input", () => {
  it("takes name and phone as optional, normalising the phone", () => {
    expect(residentTopicInput.parse({ ...base, name: "", phone: "" })).toMatchObject({ name: null, phone: null });
    expect(residentTopicInput.parse(base)).toMatchObject({ name: null, phone: null });
    expect(residentTopicInput.parse({ ...base, name: " 王阿姨 ", phone: "+86 138-1234-5678" })).toMatchObject({ name: "王阿姨", phone: "13812345678" });
  });

  it("reports a bad phone and the text checks together", () => {
    const r = residentTopicInput.safeParse({ ...base, topic: "灯", phone: "12345" });
    expect(r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "phone: 手机号码应为 11 位中国大陆手机号（1 开头，第二位为 3–9），例如 13812345678",
      "topic: 议题至少 4 个字，请说清是什么事",
    ]);
  });
});

describe("moderation", () => {
  const council = "c1";
  const facts = { councilId: council, townshipId: "t1" };
  const validEvent: Record<ResidentTopicEventType, ResidentTopicEvent> = { accept: { type: "accept" }, reject: { type: "reject", reason: "属于物业纠纷，已转社区处理" } };
  const table: Record<ResidentTopicEventType, Partial<Record<ResidentTopicState, ResidentTopicState | "same">>> = {
    accept: { pending: "accepted", accepted: "same" },
    reject: { pending: "rejected", rejected: "same" },
  };
  const actors: Record<string, Actor> = {
    admin: { role: "admin", councilId: council },
    liaisonOfT1: { role: "liaison", councilId: council, townshipId: "t1" },
    liaisonOfT2: { role: "liaison", councilId: council, townshipId: "t2" },
    handler: { role: "handler", councilId: council, handlingUnitId: "u1" },
    member: { role: "member", councilId: council, memberId: "m1" },
  };

  it("walks every state × event × actor", () => {
    for (const state of residentTopicStates) {
      for (const type of residentTopicEventTypes) {
        for (const [name, actor] of Object.entries(actors)) {
          const r = moderateResidentTopic(state, validEvent[type], actor, facts);
          const where = `${state} --${type}--> by ${name}`;
          const to = table[type][state];
          if (!["admin", "liaisonOfT1"].includes(name)) expect(r.ok ? "ok" : r.refusals[0].kind, where).toBe("forbidden");
          else if (to === "same") expect(r, where).toEqual({ ok: true, state: state, changed: false });
          else if (to) expect(r, where).toEqual({ ok: true, state: to, changed: true });
          else expect(r.ok ? "ok" : r.refusals[0].kind, where).toBe("rule");
        }
      }
    }
    for (const rule of Object.values(residentTopicMachine.rules)) for (const role of rule.roles) expect(policy[role][rule.action]).toBeDefined();
  });

  it("needs a reason to reject", () => {
    expect(moderateResidentTopic("pending", { type: "reject", reason: "" }, actors.liaisonOfT1!, facts)).toMatchObject({ ok: false, refusals: [{ message: "请填写不予采纳的理由（至少 2 个字）" }] });
    expect(availableResidentTopicSteps(actors.liaisonOfT1!, { ...facts, state: "pending" }).map((s) => s.type)).toEqual(["accept", "reject"]);
  });

  it("shows only accepted topics publicly, without name or phone", () => {
    const topic = { ...base, name: "王阿姨", phone: "13812345678" };
    expect(publicTopicView({ ...topic, state: "pending" })).toBeNull();
    expect(publicTopicView({ ...topic, state: "accepted" })).toEqual({ topic: base.topic, description: base.description });
  });

  it("links only an accepted topic to a deliberation of its own township", () => {
    const deliberation = { townshipId: "t1", formatCode: "deliberation" as const };
    expect(topicLinkProblem({ state: "accepted", townshipId: "t1" }, deliberation)).toBeNull();
    expect(topicLinkProblem({ state: "pending", townshipId: "t1" }, deliberation)).toBe("只有已采纳的议题才能安排议事");
    expect(topicLinkProblem({ state: "accepted", townshipId: "t2" }, deliberation)).toBe("该议题属于其他镇街道，不能安排到本次协商");
    expect(topicLinkProblem({ state: "accepted", townshipId: "t1" }, { townshipId: null, formatCode: "sectorConsultation" })).toBe("群众议题只能安排到镇街道的协商");
  });
});
