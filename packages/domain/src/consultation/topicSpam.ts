/**
 * A pure check of a resident's topic before it is stored: the public page has no account behind
 * it, so besides the rate limit (in the server) the text itself is judged. Each rule names what a
 * resident should change; none of them needs a word list that would go stale.
 */
export const residentTopicLimits = {
  topic: { min: 4, max: 50 },
  description: { min: 10, max: 1000 },
  name: { max: 20 },
  /** One link may be a news article about the problem; more looks like advertising. */
  maxUrls: 1,
  /** The same character this many times in a row is padding, not a description. */
  maxRun: 5,
} as const;

export type TopicProblemCode =
  | "topicTooShort"
  | "topicTooLong"
  | "descriptionTooShort"
  | "descriptionTooLong"
  | "nameTooLong"
  | "tooManyUrls"
  | "repeatedCharacters"
  | "noText"
  | "descriptionRepeatsTopic";

export type TopicProblem = { path: "topic" | "description" | "name"; code: TopicProblemCode; message: string };

/** Length in characters as a person counts them (an emoji is one), not UTF-16 units. */
const length = (s: string) => [...s].length;
const urlPattern = /(?:https?:\/\/|www\.)[^\s，。；]+/giu;
const runPattern = new RegExp(`(.)\\1{${residentTopicLimits.maxRun},}`, "u");
/** A short chunk repeated five times or more ("顶顶顶", "快来快来快来…"). */
const chunkPattern = /(.{2,4})\1{4,}/u;
const normalise = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();

export function countTopicUrls(text: string): number {
  return text.match(urlPattern)?.length ?? 0;
}

export function residentTopicProblems(input: { topic: string; description: string; name?: string | null }): TopicProblem[] {
  const topic = input.topic.trim();
  const description = input.description.trim();
  const { topic: tl, description: dl, name: nl } = residentTopicLimits;
  const out: TopicProblem[] = [];

  if (length(topic) < tl.min) out.push({ path: "topic", code: "topicTooShort", message: `议题至少 ${tl.min} 个字，请说清是什么事` });
  if (length(topic) > tl.max) out.push({ path: "topic", code: "topicTooLong", message: `议题不能超过 ${tl.max} 个字，详细情况请写在描述里` });
  if (length(description) < dl.min) out.push({ path: "description", code: "descriptionTooShort", message: `描述至少 ${dl.min} 个字，请写明地点和具体情况` });
  if (length(description) > dl.max) out.push({ path: "description", code: "descriptionTooLong", message: `描述不能超过 ${dl.max} 个字` });
  if (input.name != null && length(input.name.trim()) > nl.max) out.push({ path: "name", code: "nameTooLong", message: `姓名不能超过 ${nl.max} 个字` });

  if (countTopicUrls(`${topic} ${description}`) > residentTopicLimits.maxUrls) {
    out.push({ path: "description", code: "tooManyUrls", message: `最多附 ${residentTopicLimits.maxUrls} 个网址，请用文字说明情况` });
  }
  for (const [path, text] of [["topic", topic], ["description", description]] as const) {
    if (runPattern.test(text) || chunkPattern.test(text)) {
      out.push({ path, code: "repeatedCharacters", message: "请不要重复输入相同的字符，用文字把情况说清楚" });
    }
  }
  if (description.length > 0 && !/\p{L}/u.test(description)) {
    out.push({ path: "description", code: "noText", message: "描述里没有文字，请用文字说明情况" });
  } else if (normalise(description) !== "" && normalise(description) === normalise(topic)) {
    out.push({ path: "description", code: "descriptionRepeatsTopic", message: "描述与议题相同，请补充具体情况" });
  }
  return out;
}

/** One topic sent twice (a double tap, a retry) is one topic: the service stores a hash of this key per township. */
export function residentTopicKey(townshipId: string, input: { topic: string; description: string }): string {
  return `${townshipId}|${normalise(input.topic)}|${normalise(input.description)}`;
}
