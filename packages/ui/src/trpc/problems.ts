import { TRPCClientError } from "@trpc/client";

/** One thing the server refused, with the input field it is about when there is one. */
export type Problem = { path?: string; message: string };

/**
 * The per-field problems a failed call carries: a refused workflow step's reasons
 * (`data.refusals`, { field, message }), else rule violations (`data.violations`, from a
 * RuleViolation), and invalid input (`data.issues`, from zod), both { path, message }.
 */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { refusals?: unknown; violations?: unknown; issues?: unknown } | null | undefined;
  const refusals = asProblems(data?.refusals, "field");
  return [...(refusals.length > 0 ? refusals : asProblems(data?.violations)), ...asProblems(data?.issues)];
}

function asProblems(value: unknown, key: "path" | "field" = "path"): Problem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p: unknown) => {
    if (!p || typeof p !== "object" || !("message" in p) || typeof p.message !== "string") return [];
    const at: unknown = (p as Record<string, unknown>)[key];
    const path = typeof at === "string" && at !== "" ? at : undefined;
    return [{ path, message: p.message }];
  });
}

export type FormProblems<Name extends string = string> = {
  /** Messages by form field, ready for a form's `setFields`. */
  fields: { name: Name; errors: string[] }[];
  /** Messages about no field of this form: shown above it. */
  general: string[];
};

/**
 * Sorts a failed call's problems onto a form's fields. "committeeIds.0" belongs to the
 * field "committeeIds"; a path the form does not have (or none) is a general message.
 */
export function formProblems<Name extends string>(error: unknown, fieldNames: readonly Name[]): FormProblems<Name> {
  const byField = new Map<Name, string[]>();
  const general: string[] = [];
  const isField = (name: string | undefined): name is Name => name !== undefined && (fieldNames as readonly string[]).includes(name);
  for (const p of problemsOf(error)) {
    const name = p.path?.split(".")[0];
    if (isField(name)) byField.set(name, [...new Set([...(byField.get(name) ?? []), p.message])]);
    else general.push(p.message);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), general };
}
