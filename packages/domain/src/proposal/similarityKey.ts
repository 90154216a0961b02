/**
 * What the similarity search compares. Titles are written to one pattern (「关于进一步加快……工作的
 * 建议」), so two titles about different things share the frame and two about the same thing
 * differ mostly in it: trigrams of the frame outweighed the subject. The key keeps the subject —
 * Han characters, letters and digits, without the 「关于」 opening, the 「的建议/的提案/的意见」
 * ending and the verbs and nouns members put around any subject — written as overlapping
 * two-character words (「加装电梯」 → 「加装 装电 电梯」). Chinese words are mostly two characters,
 * and pg_trgm's trigrams over whole runs of Han text break when one character changes; over
 * two-character words they match 「加装电梯」 with 「电梯加装」.
 *
 * The text is compared by its pairs as a set (an array; trigrams of a long text cost too much to
 * compute for every proposal of a session on each keystroke's search).
 *
 * The database keeps the same keys in generated columns (`proposal.title_key`, `text_pairs`), built
 * by the `…Sql` functions below from the same patterns; a test compares the two on real titles.
 */

/** Everything but Han characters, ASCII letters and digits: punctuation, spaces, brackets. */
export const similarityKeyDrop = "[^0-9A-Za-z一-鿿]";
/** The frame of a title: 「关于」 at the start, 「的（几点）建议」 and the like at the end. */
export const similarityKeyFrame = "^关于|的?(几点|若干)?(建议案|建议|提案|意见)$";
/**
 * Words that open or pad almost every title whatever it is about (加快、推进、进一步…、工作、问题),
 * 「的」, and the council's own 「我市」. None is a prefix of another, so Postgres's regular
 * expressions (longest match) and JavaScript's (first alternative) remove the same text.
 */
export const similarityKeyFiller =
  "进一步|加快|推进|推动|加大|加强|切实|着力|大力|积极|全面|不断|持续|深入|有效|完善|健全|优化|提升|促进|强化|深化|做好|解决|缓解|破解|关于|工作|问题|力度|我市|全市|本市|的";
/** How much of the text is compared: its start says what it is about, and the key stays small. */
export const similarityTextLength = 100;

/** The subject of a title or text, as one run of characters. */
export function similarityCore(text: string): string {
  return text
    .replace(new RegExp(similarityKeyDrop, "gu"), "")
    .replace(new RegExp(similarityKeyFrame, "gu"), "")
    .replace(new RegExp(similarityKeyFiller, "gu"), "");
}

/** 「abcd」 → 「ab bc cd」; fewer than two characters have no pair. */
export function characterPairs(core: string): string {
  const chars = [...core];
  return chars
    .slice(0, -1)
    .map((c, i) => c + chars[i + 1])
    .join(" ");
}

export function titleSimilarityKey(title: string): string {
  return characterPairs(similarityCore(title));
}

export function textSimilarityKey(text: string): string {
  return characterPairs([...similarityCore(text)].slice(0, similarityTextLength).join(""));
}

/** The pairs of the start of the text, as the database's `text_pairs` holds them. */
export function textSimilarityPairs(text: string): string[] {
  const key = textSimilarityKey(text);
  return key ? key.split(" ") : [];
}

const removeAll = (inner: string, pattern: string) => `regexp_replace(${inner}, '${pattern}', '', 'g')`;
const coreSql = (expression: string) => removeAll(removeAll(removeAll(expression, similarityKeyDrop), similarityKeyFrame), similarityKeyFiller);
/** Doubles every character, drops the first and the last, and cuts the rest in twos: 「abc」 → 「aabbcc」 → 「abbc」 → 「ab bc」. */
const pairsSql = (expression: string) => `rtrim(regexp_replace(left(right(regexp_replace(${expression}, '(.)', '\\1\\1', 'g'), -1), -1), '(..)', '\\1 ', 'g'))`;

/** `titleSimilarityKey` as a Postgres expression over `column` (immutable, so it can back a generated column). */
export function titleSimilarityKeySql(column: string): string {
  return pairsSql(coreSql(column));
}

/** `textSimilarityPairs` as a Postgres expression (a text[]). */
export function textSimilarityPairsSql(expression: string): string {
  return `string_to_array(${pairsSql(`left(${coreSql(expression)}, ${similarityTextLength})`)}, ' ')`;
}
