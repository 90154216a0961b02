import { RuleViolation } from "@cppcc/domain";

/** Keyset cursors are opaque to clients: the last row's sort key, base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<T extends (string | number)[]>(cursor: string, length: number): T {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.length === length) return key as T;
  } catch {
    // fall through to the readable error
  }
  throw new RuleViolation("分页参数无效，请刷新列表后重试");
}
