import { pinyinFull, pinyinInitials } from "@cppcc/domain";

/**
 * Surnames weighted by their share of China's population (王 7.1 %, 李 7.0 %, 张 6.6 % …, the
 * long tail flattened), with compound ones (欧阳, 司马, 诸葛) and polyphonic ones (单, 曾, 解)
 * so the pinyin columns meet them at national scale too.
 */
const surnames: [string, number][] = [
  ["王", 71], ["李", 70], ["张", 66], ["刘", 53], ["陈", 45], ["杨", 30], ["黄", 22], ["赵", 21], ["吴", 20], ["周", 19],
  ["徐", 15], ["孙", 14], ["马", 13], ["朱", 13], ["胡", 12], ["郭", 12], ["何", 11], ["高", 10], ["林", 10], ["罗", 9],
  ["郑", 9], ["梁", 9], ["谢", 8], ["宋", 8], ["唐", 7], ["许", 7], ["韩", 7], ["冯", 7], ["邓", 7], ["曹", 6],
  ["彭", 6], ["曾", 6], ["肖", 6], ["田", 5], ["董", 5], ["袁", 5], ["潘", 5], ["于", 5], ["蒋", 5], ["蔡", 5],
  ["余", 4], ["杜", 4], ["叶", 4], ["程", 4], ["苏", 4], ["魏", 4], ["吕", 4], ["丁", 4], ["任", 4], ["沈", 4],
  ["姚", 3], ["卢", 3], ["姜", 3], ["崔", 3], ["钟", 3], ["谭", 3], ["陆", 3], ["汪", 3], ["范", 3], ["金", 3],
  ["石", 3], ["廖", 3], ["贾", 3], ["夏", 3], ["韦", 3], ["付", 3], ["方", 3], ["白", 3], ["邹", 3], ["孟", 3],
  ["熊", 2], ["秦", 2], ["邱", 2], ["江", 2], ["尹", 2], ["薛", 2], ["闫", 2], ["段", 2], ["雷", 2], ["侯", 2],
  ["龙", 2], ["史", 2], ["陶", 2], ["黎", 2], ["贺", 2], ["顾", 2], ["毛", 2], ["郝", 2], ["龚", 2], ["邵", 2],
  ["万", 2], ["钱", 2], ["严", 2], ["覃", 2], ["武", 2], ["戴", 2], ["莫", 2], ["孔", 2], ["向", 2], ["汤", 2],
  ["单", 1], ["解", 0.5], ["欧阳", 0.5], ["司马", 0.2], ["诸葛", 0.2], ["阿", 0.3],
];

/** Characters common in given names, men's and women's together (the mix is what search meets). */
const givenChars = [
  ..."伟强军明华建国平东斌杰涛峰磊勇刚荣林海鑫浩宇俊忠春晓永志新文卫良松清康正德",
  ..."芳丽英红霞敏静燕萍娟琴洁婷玲雪慧佳丹艳颖怡秀美琳莉青梅蓉雯倩岚",
  ..."立成红光辉家庆云飞龙凤玉兰金山阳波涵晨子欣然博远航思琪雨泽一鸣嘉辰瑞安",
];

/** mulberry32: a fixed seed, so every run generates the same country. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type NamePool = { names: string[]; initials: string[]; pinyin: string[] };

/**
 * `size` distinct names drawn with the surname weights (a quarter with one given character),
 * with their initials and full pinyin computed by the same functions the app uses. Members pick
 * from this pool in SQL, so common names repeat across the country as they do (张伟, 王芳 …).
 */
export function namePool(size: number): NamePool {
  const next = rng(20240301);
  const total = surnames.reduce((sum, [, w]) => sum + w, 0);
  const surname = () => {
    let r = next() * total;
    for (const [s, w] of surnames) if ((r -= w) < 0) return s;
    return surnames[0]![0];
  };
  const char = () => givenChars[Math.floor(next() * givenChars.length)]!;
  const seen = new Set<string>();
  const pool: NamePool = { names: [], initials: [], pinyin: [] };
  for (let tries = 0; pool.names.length < size && tries < size * 20; tries++) {
    const first = char();
    let given = first;
    if (next() >= 0.25) {
      const second = char();
      if (second === first) continue;
      given += second;
    }
    const name = surname() + given;
    if (seen.has(name)) continue;
    seen.add(name);
    pool.names.push(name);
    pool.initials.push(pinyinInitials(name));
    pool.pinyin.push(pinyinFull(name));
  }
  return pool;
}
