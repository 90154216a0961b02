import type { DutyRecord, DutyRecordEntry } from "./types";

type App = "admin" | "portal";

/**
 * The screen of the app a point leads back to; null when its source is the record itself (an
 * off-platform entry, shown in place) or has no screen in this app.
 */
export function dutySourcePath(source: DutyRecordEntry["source"], app: App): string | null {
  if (!source.recordId) return null;
  if (source.screen === "proposal") return `/proposals/${source.recordId}`;
  if (source.screen === "consultation") return app === "portal" ? `/activities/${source.recordId}` : `/consultations/${source.recordId}`;
  return null;
}

/** Points as people write them: 「+5」, 「−2.5」, 「0」. */
export function pointsText(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${-points}`;
  return "0";
}

/** Which table scored the year, in words a member reads beside the total. */
export function tableText(table: DutyRecord["table"]): string {
  if (!table) return "本年度考评表尚未制定，暂不计分";
  return table.status === "published" ? `按《${table.citation}》计分` : `按考评表草稿计分（尚未发布，分数可能调整）`;
}

/** The role a proposal entry records, as the record shows it. */
export function roleText(e: Pick<DutyRecordEntry, "role" | "signers">): string | null {
  if (e.role === "lead") return e.signers && e.signers > 1 ? `第一提案人（${e.signers}人联名）` : "提案人";
  if (e.role === "cosigner") return `联名提案人（${e.signers ?? "?"}人联名）`;
  if (e.role === "collective") return "集体提案";
  return null;
}
