import { z } from "zod";

/**
 * Row ids are uuids. Inputs name them with this schema so a malformed id is a readable
 * BAD_REQUEST instead of a database cast error; ids inside the domain's own schemas (proposer,
 * assignment) are checked with `isUuid` before any query uses them.
 */
export const rowId = (what: string) => z.uuid({ error: `${what}无效，请刷新页面后重试` });

const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return pattern.test(value);
}
