export const genders = ["male", "female"] as const;
export type Gender = (typeof genders)[number];
export const genderLabels: Record<Gender, string> = { male: "男", female: "女" };

/** Reads the 性别 column: 男/女, also 男性/女性. */
export function parseGender(text: string): Gender | null {
  const t = text.replace(/\s/g, "");
  if (t === "男" || t === "男性") return "male";
  if (t === "女" || t === "女性") return "female";
  return null;
}
