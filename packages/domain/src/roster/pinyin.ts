import { pinyin } from "pinyin-pro";

/**
 * Pinyin for finding members by name (张三丰 → zsf). The surname mode reads the first
 * characters as a surname, so polyphonic surnames come out as people say them: 单 shan,
 * 曾 zeng, 解 xie, 仇 qiu, 区 ou, and compound surnames such as 欧阳 and 尉迟. Characters
 * that are not letters (the · in 阿依古丽·买买提) are dropped.
 */
function syllables(name: string): string[] {
  return pinyin(name.trim(), { toneType: "none", surname: "head", type: "array", v: true });
}

/** 张三丰 → zsf */
export function pinyinInitials(name: string): string {
  return clean(syllables(name).map((s) => s.charAt(0)).join(""));
}

/** 张三丰 → zhangsanfeng (ü written v, as people type it: 吕 → lv) */
export function pinyinFull(name: string): string {
  return clean(syllables(name).join(""));
}

function clean(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Does a search box entry find this name? Han text matches anywhere in the name; Latin text
 * matches the start of the initials (zs → 张三丰) or of the full pinyin (zhangs → 张三丰).
 */
export function matchesName(name: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === "") return true;
  if (/[^a-z0-9\s]/.test(q)) return name.includes(query.trim());
  const compact = q.replace(/\s/g, "");
  return pinyinInitials(name).startsWith(compact) || pinyinFull(name).startsWith(compact);
}
