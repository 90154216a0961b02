import { z } from "zod";

/**
 * Every row id an input names (rows are keyed by gen_random_uuid). Nothing chosen and a
 * malformed id need different words: the first asks the person to choose, the second means a
 * stale or tampered form, and either way a readable BAD_REQUEST comes before any query could
 * fail on a uuid cast.
 */
export function idField(what: string) {
  return z.uuid({
    error: (issue) => (issue.input === undefined || issue.input === null || issue.input === "" ? `请选择${what}` : `${what}无效，请重新选择`),
  });
}

/** For ids that arrive inside a domain value (a proposer, an assignment) and are checked before a query uses them. */
export function isUuid(value: string): boolean {
  return anyUuid.safeParse(value).success;
}

const anyUuid = z.uuid();
