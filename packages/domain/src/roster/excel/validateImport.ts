import { memberPostLabels, singleHolderPosts, type MemberPost } from "../member";
import type { RosterEntry } from "../memberInput";
import { normalisePhone } from "../phone";
import { isBlankRow, type RosterImportError, type RosterCell } from "./cell";
import { checkRosterHeaders } from "./headers";
import type { RosterLookups } from "./lookups";
import { parseRosterRow, type RosterImportRow } from "./parseRow";

/**
 * Members already in the roster, by phone. With their entries, a row identical to an existing
 * member counts as unchanged (so export → import changes nothing); a row that reuses the phone
 * for anything else is an error. A bare set of phones makes every reuse an error.
 */
export type ExistingPhones = ReadonlyMap<string, RosterEntry> | ReadonlySet<string>;

export type RosterImportOptions = {
  /** Holders of one-holder posts already in the term, so a file cannot add a second chair. */
  holders?: Partial<Record<MemberPost, { name: string; phone: string }>>;
  /** Larger files are refused before any row is read. */
  maxRows?: number;
};

export type RosterImportResult = {
  /** Rows to create: every check passed. Written all together or not at all. */
  valid: RosterImportRow[];
  /** Lines identical to a member already on the roster; nothing to write. */
  unchanged: number[];
  /** Every problem in the file, by line; a file with any error is refused as a whole. */
  errors: RosterImportError[];
};

const defaultMaxRows = 10_000;

/**
 * Validates a whole roster sheet (first row the headers) before anything is written: every
 * bad row with its line number and reason, duplicate phones inside the file and against the
 * roster, and a second chair or secretary-general.
 */
export function validateRosterImport(
  rows: readonly (readonly RosterCell[])[],
  lookups: RosterLookups,
  existingPhones: ExistingPhones,
  options: RosterImportOptions = {},
): RosterImportResult {
  const maxRows = options.maxRows ?? defaultMaxRows;
  const [header, ...data] = rows;
  if (header === undefined || isBlankRow(header)) {
    return { valid: [], unchanged: [], errors: [{ line: 1, message: "文件是空的：第 1 行应为表头（姓名、性别、出生年月……），请使用名册模板" }] };
  }
  const headers = checkRosterHeaders(header);
  if (!headers.ok) return { valid: [], unchanged: [], errors: headers.errors };
  if (data.length > maxRows) {
    return { valid: [], unchanged: [], errors: [{ line: 1, message: `文件有 ${data.length} 行，一次最多导入 ${maxRows} 行，请分成几个文件导入` }] };
  }

  const errors: RosterImportError[] = [];
  const parsed: RosterImportRow[] = [];
  data.forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    const row = parseRosterRow(cells, i + 2, lookups, headers.columns);
    if (row.ok) parsed.push({ line: row.line, entry: row.entry });
    else errors.push(...row.errors);
  });
  if (parsed.length === 0 && errors.length === 0) errors.push({ line: 2, message: "文件中没有委员数据，请从第 2 行起每行填写一位委员" });

  const bad = new Set<number>();
  const fail = (line: number, column: string, message: string) => {
    bad.add(line);
    errors.push({ line, column, message });
  };

  // Within the file: every line of a repeated phone is marked, since either could be the right one.
  const linesByPhone = new Map<string, number[]>();
  for (const r of parsed) linesByPhone.set(r.entry.phone, [...(linesByPhone.get(r.entry.phone) ?? []), r.line]);
  for (const [phone, lines] of linesByPhone) {
    if (lines.length < 2) continue;
    for (const line of lines) {
      const others = lines.filter((l) => l !== line).join("、");
      fail(line, "手机", `手机号 ${phone} 与第 ${others} 行重复，每位委员的手机号须不同`);
    }
  }

  const unchanged: number[] = [];
  const fresh: RosterImportRow[] = [];
  for (const r of parsed) {
    if (bad.has(r.line)) continue;
    const existing = existingPhones.has(r.entry.phone) ? entryOf(existingPhones, r.entry.phone) : undefined;
    if (existing === null) fail(r.line, "手机", `手机号 ${r.entry.phone} 已被名册中的委员使用，每位委员的手机号须不同`);
    else if (existing === undefined) fresh.push(r);
    else if (sameEntry(existing, r.entry)) unchanged.push(r.line);
    else {
      fail(r.line, "手机", `手机号 ${r.entry.phone} 已属于名册中的委员${existing.name}，与本行内容不一致；如需修改该委员信息，请在名册中编辑，不要通过导入`);
    }
  }

  for (const post of singleHolderPosts) {
    const label = memberPostLabels[post];
    const holder = options.holders?.[post];
    const claimants = fresh.filter((r) => r.entry.post === post);
    for (const r of claimants) {
      if (holder !== undefined && normalisePhone(holder.phone) !== r.entry.phone) {
        fail(r.line, "职务", `本届已有${label}（${holder.name}），每届只能有一位${label}，请更正本行职务`);
      } else if (claimants.length > 1) {
        const others = claimants.filter((c) => c !== r).map((c) => c.line).join("、");
        fail(r.line, "职务", `第 ${others} 行也是${label}，每届只能有一位${label}，请只保留一位`);
      }
    }
  }

  errors.sort((a, b) => a.line - b.line);
  return { valid: fresh.filter((r) => !bad.has(r.line)), unchanged, errors };
}

/** The existing entry for a phone, or null when only the phone is known. */
function entryOf(existing: ExistingPhones, phone: string): RosterEntry | null {
  return "get" in existing ? (existing.get(phone) ?? null) : null;
}

function sameEntry(a: RosterEntry, b: RosterEntry): boolean {
  const sorted = (ids: readonly string[]) => [...ids].sort().join(",");
  return (
    a.name === b.name &&
    a.gender === b.gender &&
    a.birthDate === b.birthDate &&
    a.ethnicity === b.ethnicity &&
    a.partyAffiliation === b.partyAffiliation &&
    a.sectorId === b.sectorId &&
    sorted(a.committeeIds) === sorted(b.committeeIds) &&
    a.townshipGroupId === b.townshipGroupId &&
    a.employerAndTitle === b.employerAndTitle &&
    normalisePhone(a.phone) === b.phone &&
    a.post === b.post
  );
}

/** Existing members' entries by phone, for `validateRosterImport`. */
export function phonesOf(entries: readonly RosterEntry[]): ReadonlyMap<string, RosterEntry> {
  return new Map(entries.map((e) => [normalisePhone(e.phone), e]));
}
