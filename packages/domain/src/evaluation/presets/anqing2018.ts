import { evaluationTableSchema } from "../schema";

/**
 * Anqing 2018: meetings start at 50 and only lose points, down to zero (扣完为止); proposals are
 * worth up to 30. The per-proposal points of the published rule are not transcribed yet, so this
 * preset is a draft: the office fills the proposal clauses before publishing the year, and until
 * then proposals show as not scored rather than as a guessed figure.
 */
export const anqing2018 = evaluationTableSchema.parse({
  schemaVersion: 1,
  status: "draft",
  name: "安庆市政协委员履职考评",
  year: 2018,
  citation: "安庆市政协委员履职考核办法（2018年）",
  categories: [
    { code: "meetings", label: "参加会议", start: 50, cap: 50, floor: 0 },
    { code: "proposals", label: "提案", cap: 30, floor: 0 },
  ],
  clauses: [
    { code: "plenaryAbsent", label: "全体会议无故缺席", category: "meetings", kinds: ["plenaryAbsence"], points: -10 },
    {
      code: "meetingAbsent",
      label: "其他会议、活动无故缺席",
      category: "meetings",
      kinds: ["standingMeetingAbsence", "consultationAbsence"],
      points: -5,
    },
  ],
  bands: [
    { code: "excellent", label: "优秀", min: 90 },
    { code: "good", label: "良好", min: 80 },
    { code: "competent", label: "称职", min: 60 },
    { code: "incompetent", label: "不称职", min: null },
  ],
});
