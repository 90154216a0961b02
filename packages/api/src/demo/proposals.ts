import type { DemoCaller } from "./actors";
import { proposalBody, proposalTexts, replyText, type ProposalText } from "./proposalTexts";
import type { DemoWorld } from "./world";

type Summary = { id: string; version: number };

/**
 * How far each proposal of the year has come, with the day (from today) it was submitted. The
 * mix is what an office sees in its queues mid-year: a few drafts and co-signing requests, some
 * waiting for review or assignment, most with units, some overdue, one extended, replies waiting
 * for the member's rating, and the early ones closed.
 */
type Fate =
  | "draft"
  | "cosigning"
  | "invitesMe"
  | "submitted"
  | "underReview"
  | "returned"
  | "notFiled"
  | "filed"
  | "assigned"
  | "overdue"
  | "extended"
  | "extensionAsked"
  | "replied"
  | "rehandling"
  | "evaluated"
  | "closed";

/** [fate, day submitted (from today), the demo member is first proposer]. */
const plan: [Fate, number, boolean][] = [
  ["draft", -3, true],
  ["cosigning", -5, true],
  ["invitesMe", -2, false],
  ["submitted", -6, true],
  ["submitted", -4, false],
  ["submitted", -2, false],
  ["underReview", -12, false],
  ["underReview", -9, false],
  ["returned", -25, false],
  ["notFiled", -200, false],
  ["notFiled", -60, false],
  ["filed", -20, false],
  ["filed", -16, false],
  ["filed", -14, false],
  ["assigned", -60, true],
  ["assigned", -55, false],
  ["assigned", -48, false],
  ["assigned", -40, false],
  ["assigned", -35, false],
  ["overdue", -150, false],
  ["overdue", -140, false],
  ["overdue", -125, false],
  ["extended", -100, false],
  ["extensionAsked", -97, false],
  ["replied", -160, true],
  ["replied", -150, false],
  ["replied", -130, false],
  ["rehandling", -240, false],
  ["evaluated", -230, false],
  ["evaluated", -210, false],
  ["closed", -320, true],
  ["closed", -315, false],
  ["closed", -305, false],
  ["closed", -300, false],
  ["closed", -290, false],
  ["closed", -280, false],
  ["closed", -270, false],
  ["closed", -260, false],
];

export type ProposalYear = { byFate: Map<Fate, string[]> };

export async function generateProposals(w: DemoWorld): Promise<ProposalYear> {
  // The demo handler's unit (市住建局) gets its own subjects at the steps a unit works on, so its
  // desk always has a proposal to answer, one overdue, one extended and one extension asked.
  const handlerFates: Fate[] = ["assigned", "overdue", "extended", "extensionAsked", "replied"];
  const own = w.rng.shuffle(proposalTexts.filter((t) => t.unit === "市住建局"));
  const rest = w.rng.shuffle(proposalTexts.filter((t) => t.unit !== "市住建局"));
  const texts = plan.map(([fate], i) => {
    const forHandler = handlerFates.includes(fate) && plan.findIndex(([f]) => f === fate) === i;
    return (forHandler ? own.shift() : rest.shift()) ?? proposalTexts[i % proposalTexts.length]!;
  });
  const proposers = w.rng.shuffle(w.others.slice(0, 120));
  const byFate = new Map<Fate, string[]>();
  for (const [i, [fate, day, mine]] of plan.entries()) {
    const text = texts[i]!;
    const lead = mine ? w.me : proposers[i]!.id;
    const id = await oneProposal(w, fate, day, text, lead, mine, proposers[i + 40]!.id);
    byFate.set(fate, [...(byFate.get(fate) ?? []), id]);
  }
  // Two of the year's proposals are key proposals led by city leaders (领办重点提案).
  for (const [k, id] of [byFate.get("overdue")![0]!, byFate.get("assigned")![1]!].entries()) {
    w.clock.set(k === 0 ? -130 : -30, 10);
    const p = await w.admin.proposal.get({ id });
    await w.admin.proposal.markKey({
      id,
      version: p.version,
      keyProposal: { sponsorName: k === 0 ? "陈建国" : "周丽华", sponsorTitle: k === 0 ? "市委副书记" : "副市长", followUpOn: w.clock.day(k === 0 ? 20 : 45) },
    });
  }
  return { byFate };
}

async function oneProposal(w: DemoWorld, fate: Fate, day: number, text: ProposalText, lead: string, mine: boolean, cosigner: string): Promise<string> {
  const { admin, clock } = w;
  const writer: DemoCaller = mine ? w.member : admin;
  const body = proposalBody(text);
  const at = (offset: number) => clock.set(day + offset, 9 + ((day * 7 + offset) % 8 + 8) % 8);

  at(-2);
  if (fate === "cosigning" || fate === "invitesMe") {
    const cosignerId = fate === "invitesMe" ? w.me : cosigner;
    const p = await writer.proposal.create({ sessionId: w.sessionId, proposer: { kind: "joint", memberId: lead, cosigners: [{ memberId: cosignerId, status: "invited" }] }, ...body });
    return p.id;
  }
  let p: Summary = await writer.proposal.create({ sessionId: w.sessionId, proposer: { kind: "member", memberId: lead }, ...body });
  if (fate === "draft") return p.id;
  at(0);
  p = await writer.proposal.submit({ id: p.id, version: p.version });
  if (fate === "submitted") return p.id;
  at(2);
  p = await admin.proposal.startReview({ id: p.id, version: p.version });
  if (fate === "underReview") return p.id;
  at(4);
  if (fate === "returned") {
    p = await admin.proposal.returnForRevision({ id: p.id, version: p.version, reasons: ["请补充本地的具体数据和调研情况", "建议部分请写明责任部门"] });
    return p.id;
  }
  if (fate === "notFiled") {
    p = await admin.proposal.notFile({ id: p.id, version: p.version, groundCode: "outOfScope", conversion: "opinionReport" });
    return p.id;
  }
  p = await admin.proposal.file({ id: p.id, version: p.version });
  if (fate === "filed") return p.id;

  at(12);
  const unitId = w.unit(text.unit);
  const coUnit = text.unit === "市住建局" ? [w.unit("市自然资源规划局")] : [];
  p = await admin.proposal.assign({ id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: unitId, coUnitIds: coUnit } });
  const unit = text.unit === "市住建局" ? w.handler : admin;
  const onBehalf = text.unit === "市住建局" ? {} : { handlingUnitId: unitId };
  if (coUnit.length > 0 && fate !== "assigned") {
    at(30);
    p = await admin.proposal.sendCoOpinion({ id: p.id, version: p.version, text: "我局将配合做好规划衔接和用地保障工作。", handlingUnitId: coUnit[0]! });
  }
  if (fate === "assigned" || fate === "overdue") return p.id;
  if (fate === "extended" || fate === "extensionAsked") {
    const view = await unit.proposal.get({ id: p.id });
    const dueOn = view.deadlines.dueOn!;
    clock.set(fate === "extended" ? -12 : -3, 15);
    await unit.proposal.requestExtension({ id: p.id, requestedDueOn: addDays(dueOn, 30), reason: "涉及多部门协调和资金安排，需进一步调研论证", ...onBehalf });
    if (fate === "extended") {
      clock.set(-10, 10);
      const [request] = (await admin.deadlineExtension.pending({})).items.filter((r) => r.subjectId === p.id);
      await admin.deadlineExtension.decide({ id: request!.id, version: request!.version, decision: "grant", grantedDueOn: addDays(dueOn, 30) });
    }
    return p.id;
  }

  at(75);
  const category = w.rng.weighted([["A", 5], ["B", 4], ["C", 1]] as const);
  p = await unit.proposal.reply({ id: p.id, version: p.version, categoryCode: category, text: replyText(text, category), signer: "局长", ...onBehalf });
  if (fate === "replied") return p.id;

  at(85);
  const rater: DemoCaller = mine ? w.member : admin;
  if (fate === "rehandling") {
    p = await rater.proposal.evaluate({ id: p.id, version: p.version, overall: "unsatisfied", dimensions: { contact: "satisfied", outcome: "unsatisfied" }, comment: "答复没有明确的完成时限" });
    return p.id;
  }
  const overall = w.rng.weighted([["satisfied", 7], ["basicallySatisfied", 3]] as const);
  p = await rater.proposal.evaluate({ id: p.id, version: p.version, overall, dimensions: { contact: "satisfied", outcome: overall } });
  if (fate === "evaluated") return p.id;
  at(92);
  p = await admin.proposal.close({ id: p.id, version: p.version });
  return p.id;
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
