import { z } from "zod";
import { idField } from "../id";
import { chineseNumber } from "./ordinal";
import { isoDate, type IsoDate } from "./fields";

/** 届: a five-year term, numbered from the council's first (第十三届). */
export const termInput = z
  .object({
    number: z.number({ error: "请填写届次" }).int("届次须为整数").min(1, "届次至少为 1").max(99, "届次不能超过 99"),
    startDate: isoDate("开始日期"),
    endDate: isoDate("结束日期"),
  })
  .refine((t) => t.startDate < t.endDate, { path: ["endDate"], message: "结束日期须晚于开始日期" });
export type TermInput = z.infer<typeof termInput>;

export type Term = TermInput & { id: string };

/** 次会议: the yearly plenary session of a term (第十三届第二次会议). */
export const sessionInput = z
  .object({
    termId: idField("届次"),
    number: z.number({ error: "请填写会议次数" }).int("会议次数须为整数").min(1, "会议次数至少为 1").max(20, "会议次数不能超过 20"),
    startDate: isoDate("开幕日期"),
    endDate: isoDate("闭幕日期"),
  })
  .refine((s) => s.startDate <= s.endDate, { path: ["endDate"], message: "闭幕日期不能早于开幕日期" });
export type SessionInput = z.infer<typeof sessionInput>;

export type Session = SessionInput & { id: string };

/** 13 → 第十三届 */
export function termLabel(termNumber: number): string {
  return `第${chineseNumber(termNumber)}届`;
}

/** (13, 2) → 第十三届第二次会议; (undefined, 2) → 第二次会议 */
export function sessionLabel(sessionNumber: number, termNumber?: number): string {
  const own = `第${chineseNumber(sessionNumber)}次会议`;
  return termNumber === undefined ? own : `${termLabel(termNumber)}${own}`;
}

/** The term running on a day, if any; terms do not overlap, so there is at most one. */
export function termOn<T extends Pick<Term, "startDate" | "endDate">>(terms: readonly T[], on: IsoDate): T | undefined {
  return terms.find((t) => t.startDate <= on && on <= t.endDate);
}

/**
 * What is wrong with a term's sessions, every problem at once: a session outside the term,
 * a number used twice, or numbers out of date order (第二次 before 第一次).
 */
export function sessionProblems(
  term: Pick<Term, "number" | "startDate" | "endDate">,
  sessions: readonly Pick<Session, "number" | "startDate" | "endDate">[],
): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const s of sessions) {
    const label = sessionLabel(s.number);
    if (seen.has(s.number)) problems.push(`${label}重复，请删除或改为其他次数`);
    seen.add(s.number);
    if (s.startDate < term.startDate || s.endDate > term.endDate) {
      problems.push(`${label}（${s.startDate} 至 ${s.endDate}）不在${termLabel(term.number)}任期（${term.startDate} 至 ${term.endDate}）内`);
    }
  }
  const byDate = [...sessions].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  for (let i = 1; i < byDate.length; i++) {
    const [prev, cur] = [byDate[i - 1]!, byDate[i]!];
    if (prev.number > cur.number) problems.push(`${sessionLabel(cur.number)}的日期早于${sessionLabel(prev.number)}，请检查次数或日期`);
    if (prev.endDate >= cur.startDate && prev.number !== cur.number) {
      problems.push(`${sessionLabel(prev.number)}与${sessionLabel(cur.number)}的会期重叠`);
    }
  }
  return problems;
}
