import type { Gender } from "@cppcc/domain";
import type { Rng } from "./prng";

/**
 * Surnames weighted towards those common around Jiaxing (沈, 陆, 顾, 钱, 朱 …), with a few
 * polyphonic (单, 曾) and compound (欧阳) ones so that pinyin search meets them in the demo.
 */
const surnames: [string, number][] = [
  ["沈", 9], ["陆", 7], ["徐", 7], ["张", 8], ["王", 8], ["朱", 6], ["顾", 5], ["陈", 8], ["李", 6], ["周", 6],
  ["吴", 5], ["钱", 4], ["金", 4], ["姚", 4], ["俞", 3], ["蒋", 3], ["许", 4], ["孙", 3], ["杨", 3], ["黄", 3],
  ["马", 2], ["冯", 3], ["唐", 2], ["潘", 2], ["戴", 2], ["曹", 2], ["褚", 2], ["屠", 2], ["盛", 2], ["钟", 2],
  ["郁", 2], ["施", 2], ["胡", 3], ["刘", 3], ["费", 2], ["倪", 2], ["范", 2], ["单", 1], ["曾", 1], ["欧阳", 0.5],
];

const givenChars: Record<Gender, string> = {
  male: "伟强军明华建国平东斌杰涛峰磊勇刚荣林海鑫浩宇俊忠春晓永志新文卫良松清康正德",
  female: "芳丽英红霞敏静燕萍娟琴洁婷玲雪慧佳丹艳颖怡晓春秀美琳莉青梅蓉雯倩岚",
};

/** A plausible name not yet in `taken`; the name goes into `taken`. */
export function uniqueName(rng: Rng, gender: Gender, taken: Set<string>): string {
  for (;;) {
    const chars = [...givenChars[gender]];
    const given = rng.chance(0.25) ? rng.pick(chars) : rng.pick(chars) + rng.pick(chars);
    const name = rng.weighted(surnames) + given;
    if (!taken.has(name) && given.length > 0 && new Set(given).size === given.length) {
      taken.add(name);
      return name;
    }
  }
}
