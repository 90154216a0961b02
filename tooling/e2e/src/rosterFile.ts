import ExcelJS from "exceljs";

/** The roster's columns as offices keep them (and as the server's export writes them). */
export const rosterHeaders = ["姓名", "性别", "出生年月", "民族", "党派", "界别", "专委会", "委员小组", "工作单位及职务", "手机", "职务"];

/** An .xlsx like an office's roster: the header row, then one member a row, every cell text. */
export async function rosterWorkbook(rows: readonly (readonly string[])[], headers = rosterHeaders): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("委员名册");
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Two new members of the demo city, with names that search by their pinyin initials (smqy, oyxh). */
export const newMembers = [
  ["司马青云", "男", "1975.06", "汉族", "民盟", "民盟", "教科卫体委员会", "当湖街道委员小组", "平湖市实验小学校长", "13712340001", ""],
  ["欧阳晓红", "女", "1980年3月", "回族", "中共", "中共", "提案委员会、经济委员会", "钟埭街道委员小组", "平湖市税务局副局长", "13712340002", "委员"],
] as const;

/** The same members with the mistakes offices make: an unknown sector, a bad phone, a missing committee, a bad date. */
export const badMembers = [
  ["司马青云", "男", "1975.06", "汉族", "民盟", "民盟界", "教科卫体委员会", "当湖街道委员小组", "平湖市实验小学校长", "1371234", ""],
  ["欧阳晓红", "女", "1980年13月", "回族", "中共", "中共", "", "钟埭街道委员小组", "平湖市税务局副局长", "13712340002", "委员"],
  ["张三", "男", "1970.01", "汉族", "中共", "中共", "提案委员会", "当湖街道委员小组", "平湖市某局局长", "13712340002", "主席"],
] as const;
