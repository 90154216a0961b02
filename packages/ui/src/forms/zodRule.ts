/** What a zod schema offers that a form needs; structural, so this package needs no zod of its own. */
type Checkable = { safeParse: (value: unknown) => { success: boolean; error?: { issues: readonly { message: string }[] } } };

/**
 * A form rule (antd and antd-mobile share rc-field-form's) that checks a value with the same
 * zod schema the server uses, so the person sees the server's words before sending. Empty
 * values are left to the field's `required` rule.
 */
export function zodRule(schema: Checkable) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return;
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error?.issues[0]?.message ?? "格式不正确");
    },
  };
}
