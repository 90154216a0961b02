import { tableFormPath } from "@cppcc/domain";
import { errorCode, errorMessage, problemsOf } from "@cppcc/ui";

export type TableProblems = {
  fields: { name: (string | number)[]; errors: string[] }[];
  /** Messages about no one field, each already naming its section and item (「计分规则第3条：…」). */
  general: string[];
  /** Someone else saved since this form was read: the office reloads rather than overwrite. */
  stale: boolean;
};

/** A refused save, sorted onto the table's form: each violation on the field its path names, the rest above. */
export function tableProblems(error: unknown): TableProblems {
  if (errorCode(error) === "CONFLICT") return { fields: [], general: [errorMessage(error)], stale: true };
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const general: string[] = [];
  for (const p of problemsOf(error)) {
    const name = tableFormPath(p.path);
    if (!name) {
      general.push(p.message);
      continue;
    }
    const key = name.join(".");
    byField.set(key, { name, errors: [...(byField.get(key)?.errors ?? []), p.message] });
  }
  if (byField.size === 0 && general.length === 0) general.push(errorMessage(error));
  return { fields: [...byField.values()], general, stale: false };
}
