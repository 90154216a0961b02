/** Postgres' unique-violation code, from either driver (drizzle may wrap the driver's error in `cause`). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, constraint_name } = e as { code?: string; constraint?: string; constraint_name?: string };
    if (code === "23505") return constraint === undefined || (name ?? constraint_name) === constraint;
  }
  return false;
}
