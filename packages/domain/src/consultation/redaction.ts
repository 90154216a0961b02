/**
 * What to hide before a resident's topic is published: residents write their own phone number,
 * ID number, flat and name into the description so the office can find them, and the public page
 * must not repeat them. The officer sees these suggestions highlighted and decides; the original
 * text stays stored for the office.
 */
export type RedactionKind = "phone" | "idNumber" | "houseNumber" | "name";

export type Redaction = {
  kind: RedactionKind;
  /** UTF-16 offsets into the text, end exclusive (what String.slice takes). */
  start: number;
  end: number;
  text: string;
  replacement: string;
};

export const redactionKindLabels: Record<RedactionKind, string> = {
  phone: "电话号码",
  idNumber: "身份证号",
  houseNumber: "门牌号",
  name: "姓名",
};

type Finder = { kind: RedactionKind; pattern: RegExp; group?: number; replace: (text: string) => string };

// Digits glued to other digits are part of a longer number: (?<!\d) / (?!\d) keep a match whole.
const finders: Finder[] = [
  // 18-digit resident ID (the last may be X); before phones, so its digits are not read as a phone.
  { kind: "idNumber", pattern: /(?<![\dA-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/gu, replace: () => "（身份证号已隐去）" },
  // Mobile numbers as people type them: 13812345678, 138 1234 5678, 138-1234-5678, +86…
  { kind: "phone", pattern: /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/gu, replace: () => "（电话已隐去）" },
  // Landlines with an area code: 0573-85123456, (0573)85123456.
  { kind: "phone", pattern: /(?<!\d)[(（]?0\d{2,3}[)）]?[\s-]?\d{7,8}(?!\d)/gu, replace: () => "（电话已隐去）" },
  // A flat: 3栋2单元501(室), 5幢1203室, 12号楼3单元402, 2单元301室. A building alone ("3栋") is a place, not a person.
  {
    kind: "houseNumber",
    pattern: /(?<!\d)(?:\d{1,3}\s*(?:栋|幢|号楼|座)\s*)?\d{1,2}\s*单元\s*\d{2,4}\s*(?:室|号)?(?!\d)/gu,
    replace: (t) => t.replace(/\d+/g, "某"),
  },
  { kind: "houseNumber", pattern: /(?<!\d)\d{1,3}\s*(?:栋|幢|号楼|座)\s*\d{3,4}\s*(?:室|号)?(?!\d)/gu, replace: (t) => t.replace(/\d+/g, "某") },
  { kind: "houseNumber", pattern: /(?<!\d)\d{3,4}\s*室/gu, replace: (t) => t.replace(/\d+/g, "某") },
  // A name right after the resident introduces themself: 我叫王小明, 本人李四, 我是张大妈 (2–3 Han characters).
  // The name ends where punctuation or a usual next word begins; with neither in sight nothing is suggested.
  {
    kind: "name",
    pattern: /(?:我叫|本人(?:是|叫)?|我是|联系人[:：]?\s*)(\p{Script=Han}{2,3}?)(?=[\s，,。.、;；:：!！]|$|住|家|在|反映|想|要|是|的|电话|手机|联系|今年|\d)/gu,
    group: 1,
    replace: (t) => `${t[0]}某`,
  },
];

/** Words after 「我是」 that say what someone is, not who. */
const notNames = /^(?:居民|业主|住户|本地|这里|小区|退休|一名|一位|一个|老人|家长|租户|村民)/u;

/** Suggestions in text order, never overlapping; `names` are names the resident gave in the form. */
export function suggestRedactions(text: string, names: readonly (string | null | undefined)[] = []): Redaction[] {
  const found: Redaction[] = [];
  const take = (r: Redaction) => {
    if (found.some((f) => r.start < f.end && f.start < r.end)) return;
    found.push(r);
  };
  for (const f of finders) {
    for (const m of text.matchAll(f.pattern)) {
      const whole = m[0];
      const part = f.group ? m[f.group]! : whole;
      // 「王某」 is what a redaction leaves: suggesting it again would never end.
      if (f.kind === "name" && (notNames.test(part) || part.includes("某"))) continue;
      const start = m.index + (f.group ? whole.lastIndexOf(part) : 0);
      const trimmed = part.trimEnd();
      take({ kind: f.kind, start, end: start + trimmed.length, text: trimmed, replacement: f.replace(trimmed) });
    }
  }
  for (const name of names) {
    const n = name?.trim();
    if (!n || [...n].length < 2) continue;
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) {
      take({ kind: "name", start: i, end: i + n.length, text: n, replacement: `${[...n][0]}某` });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with the chosen suggestions replaced; later offsets are applied first, so earlier ones stay valid. */
export function applyRedactions(text: string, redactions: readonly Redaction[]): string {
  let out = text;
  for (const r of [...redactions].sort((a, b) => b.start - a.start)) {
    if (out.slice(r.start, r.end) !== r.text) continue;
    out = out.slice(0, r.start) + r.replacement + out.slice(r.end);
  }
  return out;
}
