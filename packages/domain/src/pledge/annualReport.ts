import { dutyEntryLabels, dutyEntryKinds } from "../evaluation/kinds";
import { entryUnit } from "./units";
import { refusal, refused, moved, type WorkflowResult } from "../workflow/result";

/** 述职: written (draft), handed in (submitted), sent back by the office for revision (returned). */
export const annualReportStatuses = ["draft", "submitted", "returned"] as const;
export type AnnualReportStatus = (typeof annualReportStatuses)[number];
export const annualReportStatusLabels: Record<AnnualReportStatus | "missing", string> = {
  missing: "未填写",
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回修改",
};

/** The report's parts, in the order the paper prints them. */
export const annualReportSectionKeys = ["duties", "results", "shortcomings"] as const;
export type AnnualReportSectionKey = (typeof annualReportSectionKeys)[number];
export const annualReportSectionLabels: Record<AnnualReportSectionKey, string> = {
  duties: "一、年度履职情况",
  results: "二、主要成效和体会",
  shortcomings: "三、存在不足和今后打算",
};
export type AnnualReportSections = Record<AnnualReportSectionKey, string>;

/** One opening figure: how many entries of a kind the member's year holds. */
export type ReportFigure = { kind: string; label: string; count: number };

/**
 * The report's opening figures from the record: the count of each kind the year holds, in the
 * ledger's own order of kinds, kinds with none left out. Absences stay in: a report states them.
 */
export function reportFigures(entries: readonly { kind: string }[]): ReportFigure[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const order = [...dutyEntryKinds, ...[...counts.keys()].filter((k) => !dutyEntryKinds.includes(k))];
  return order.filter((k) => counts.has(k)).map((kind) => ({ kind, label: dutyEntryLabels[kind] ?? kind, count: counts.get(kind)! }));
}

/** The draft a standing member starts from: the year's figures in a sentence, the other parts for them to write. */
export function reportDraft(year: number, figures: readonly ReportFigure[]): AnnualReportSections {
  const said = figures.map((f) => `${f.label} ${f.count} ${entryUnit(f.kind)}`).join("，");
  return {
    duties: figures.length > 0 ? `${year} 年，本人${said}。` : `${year} 年平台上尚无本人的履职记录。`,
    results: "",
    shortcomings: "",
  };
}

export type AnnualReportStep = { type: "save" } | { type: "submit"; sections: AnnualReportSections } | { type: "return"; reason: string };

/**
 * What a step does to a report's status: the member saves and submits a draft or a returned report;
 * a submitted one is the office's to read and cannot be changed, only returned with a reason.
 */
export function annualReportTransition(status: AnnualReportStatus, step: AnnualReportStep): WorkflowResult<AnnualReportStatus> {
  const writable = status === "draft" || status === "returned";
  switch (step.type) {
    case "save":
      return writable ? moved(status, false) : refused(refusal("submitted", "述职报告已提交，不能再修改；如需修改请联系办公室退回", "conflict"));
    case "submit": {
      if (!writable) return refused(refusal("submitted", "述职报告已提交，请勿重复提交", "conflict"));
      const empty = annualReportSectionKeys.filter((k) => step.sections[k].trim() === "");
      const [first, ...rest] = empty.map((k) => refusal("emptySection", `请填写「${annualReportSectionLabels[k].slice(2)}」`, "rule", k));
      return first ? refused(first, ...rest) : moved("submitted");
    }
    case "return":
      if (status !== "submitted") return refused(refusal("notSubmitted", "只能退回已提交的述职报告", "conflict"));
      if (step.reason.trim() === "") return refused(refusal("reason", "请填写退回理由", "rule", "reason"));
      return moved("returned");
  }
}
