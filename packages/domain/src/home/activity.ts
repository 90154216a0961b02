import type { ActivityEntity } from "./officeHome";

const entityLabels: Record<ActivityEntity, string> = {
  proposal: "提案",
  consultation: "协商活动",
  consultation_plan: "年度协商计划",
  consultation_suggestion: "意见建议",
  deadline_extension: "延期申请",
  member: "委员信息",
  resident_topic: "群众议题",
};

// The step names the services record (`<area>.<step>`), as a person reads them on the home page.
const stepLabels: Record<string, string> = {
  create: "新建",
  saveDraft: "保存",
  update: "修改",
  submit: "提交",
  withdraw: "撤回",
  startReview: "开始审查",
  returnForRevision: "退回修改",
  file: "立案",
  notFile: "不予立案",
  assign: "交办",
  reassign: "重新交办",
  returnAssignment: "退回交办",
  reply: "答复",
  coOpinion: "提交会办意见",
  evaluate: "测评",
  close: "办结",
  markKey: "列为重点",
  followUp: "回头看",
  plan: "列入计划",
  schedule: "确定会期",
  postpone: "延期举行",
  hold: "举行",
  submitOutcome: "提交成果",
  recordFeedback: "记录反馈",
  cancel: "取消",
  save: "保存",
  approve: "审定",
  record: "记录",
  route: "交办",
  recall: "收回",
  decline: "退回",
  answer: "答复",
  request: "申请",
  grant: "批准",
  refuse: "不予批准",
  accept: "受理",
  reject: "不予受理",
  withdrawMember: "退出",
};

// Whole phrases where the step alone would read wrongly with the record's name.
const actionPhrases: Record<string, string> = {
  "invitation.invite": "邀请委员参加协商活动",
  "invitation.walkIn": "登记委员到会",
  "deliberation.scheduleFromTopics": "安排民生议事堂",
  "deliberation.publishSummary": "发布议事结果",
  "consultation.plan": "将协商活动列入计划",
};

/** 「交办提案」: what an audit row says happened, for the recent activity of the office's home. */
export function activityLabel(action: string, entity: ActivityEntity): string {
  const phrase = actionPhrases[action];
  if (phrase) return phrase;
  const step = action.slice(action.lastIndexOf(".") + 1);
  const verb = stepLabels[step] ?? "处理";
  return `${verb}${entityLabels[entity]}`;
}
