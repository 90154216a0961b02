import { parseGender } from "../gender";
import { parseMemberPost } from "../member";
import { rosterEntry, type RosterEntry } from "../memberInput";
import { parsePartyAffiliation } from "../party";
import { parseBirthDate } from "./birthDate";
import { cellText, type RosterImportError, type RosterCell } from "./cell";
import { canonicalColumns, type RosterColumns, type RosterHeader } from "./headers";
import { lookupId, type RosterLookups } from "./lookups";

/** A roster row that passed every check on its own, with its spreadsheet line. */
export type RosterImportRow = { line: number; entry: RosterEntry };

export type ParsedRosterRow = ({ ok: true } & RosterImportRow) | { ok: false; line: number; errors: RosterImportError[] };

/** 专委会 may list several: 提案委员会、经济委员会 (also ，, ; and spaces between names). */
const listSeparator = /[、,，;；\s]+/;

const fieldHeader: Record<keyof RosterEntry, RosterHeader> = {
  name: "姓名",
  gender: "性别",
  birthDate: "出生年月",
  ethnicity: "民族",
  partyAffiliation: "党派",
  sectorId: "界别",
  committeeIds: "专委会",
  townshipGroupId: "委员小组",
  employerAndTitle: "工作单位及职务",
  phone: "手机",
  post: "职务",
};

/** What to write in an empty column; 职务 may be empty (an ordinary member). */
const whenEmpty: Partial<Record<RosterHeader, string>> = {
  姓名: "请填写委员姓名",
  性别: "请填写男或女",
  出生年月: "请写成 1975.03 或 1975年3月",
  民族: "请填写民族，例如“汉族”",
  党派: "请填写党派，例如“中共”“民盟”“无党派人士”“群众”",
  界别: "请填写系统中已有的界别名称",
  专委会: "每位委员至少参加一个专委会（全员入委），多个专委会用“、”分隔",
  委员小组: "请填写所在的镇街道委员小组",
  工作单位及职务: "请填写工作单位及职务",
  手机: "请填写 11 位手机号",
};

/**
 * One data row of a roster sheet → a roster entry, or every problem in the row. Names of
 * sectors, committees and groups are looked up; unknown names are errors, not new records.
 */
export function parseRosterRow(
  cells: readonly RosterCell[],
  lineNumber: number,
  lookups: RosterLookups,
  columns: RosterColumns = canonicalColumns,
): ParsedRosterRow {
  const errors: RosterImportError[] = [];
  const fail = (column: RosterHeader, message: string) => errors.push({ line: lineNumber, column, message });
  const text = (h: RosterHeader) => cellText(cells[columns[h]]);
  const raw: Record<string, unknown> = {};

  for (const [header, hint] of Object.entries(whenEmpty) as [RosterHeader, string][]) {
    if (text(header) === "") fail(header, `“${header}”不能为空，${hint}`);
  }
  const present = (h: RosterHeader) => text(h) !== "";

  raw.name = text("姓名");
  raw.employerAndTitle = text("工作单位及职务");
  raw.phone = text("手机");
  raw.ethnicity = text("民族");

  if (present("性别")) {
    raw.gender = parseGender(text("性别"));
    if (raw.gender === null) fail("性别", `性别“${text("性别")}”无法识别，请填写男或女`);
  }
  if (present("出生年月")) {
    const birth = parseBirthDate(cells[columns["出生年月"]]);
    if (birth.ok) raw.birthDate = birth.value;
    else fail("出生年月", birth.message);
  }
  if (present("党派")) {
    raw.partyAffiliation = parsePartyAffiliation(text("党派"));
    if (raw.partyAffiliation === null) {
      fail("党派", `党派“${text("党派")}”无法识别，请填写中共、民革、民盟、民建、民进、农工党、致公党、九三学社、台盟、无党派人士或群众`);
    }
  }
  raw.post = parseMemberPost(text("职务"));
  if (raw.post === null) fail("职务", `职务“${text("职务")}”无法识别，请填写主席、副主席、秘书长、常委或委员（普通委员可留空）`);

  if (present("界别")) raw.sectorId = lookupOne("界别", text("界别"), lookups.sectors, fail, "每位委员只能属于一个界别，请只填写一个界别");
  if (present("委员小组")) {
    raw.townshipGroupId = lookupOne("委员小组", text("委员小组"), lookups.townshipGroups, fail, "每位委员只能在一个委员小组，请只填写一个");
  }
  if (present("专委会")) {
    const names = [...new Set(text("专委会").split(listSeparator).filter((n) => n !== ""))];
    const unknown = names.filter((n) => lookupId(lookups.committees, n) === undefined);
    if (unknown.length > 0) {
      fail("专委会", `专委会${unknown.map((n) => `“${n}”`).join("")}不存在，请使用系统中已有的专委会名称，多个专委会用“、”分隔`);
    }
    raw.committeeIds = [...new Set(names.map((n) => lookupId(lookups.committees, n)).filter((id) => id !== undefined))];
  }

  // The shared schema checks what is left (name, phone, lengths, ethnicity) with the form's
  // messages; columns that already failed above are not reported twice.
  const failed = new Set(errors.map((e) => e.column));
  const parsed = rosterEntry.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const header = fieldHeader[issue.path[0] as keyof RosterEntry];
      if (header !== undefined && !failed.has(header)) {
        failed.add(header);
        fail(header, issue.message);
      }
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, line: lineNumber, errors };
  return { ok: true, line: lineNumber, entry: parsed.data };
}

function lookupOne(
  header: RosterHeader,
  name: string,
  map: ReadonlyMap<string, string>,
  fail: (column: RosterHeader, message: string) => void,
  onlyOne: string,
): string | undefined {
  const id = lookupId(map, name);
  if (id !== undefined) return id;
  if (name.split(listSeparator).length > 1) fail(header, `${header}“${name}”填写了多个，${onlyOne}`);
  // No app edits sectors, committees or groups, so point to where the existing names can be seen.
  else fail(header, `${header}“${name}”不存在，请改用系统中已有的${header}名称（委员名册的筛选项中可查看）；如确需新增${header}，请联系系统管理员`);
  return undefined;
}
