import { errorMessage, formProblems } from "@cppcc/ui";
import type { FormInstance } from "antd";
import { useCallback, useState } from "react";

/**
 * Puts a refused save where the person will look: each of the server's messages under the field
 * it is about (rule violations and invalid input alike), the rest in an alert above the form.
 */
export function useServerProblems(form: FormInstance, fieldNames: readonly string[]) {
  const [general, setGeneral] = useState<string[] | null>(null);
  const show = useCallback(
    (error: unknown) => {
      const problems = formProblems(error, fieldNames);
      form.setFields(problems.fields.map((f) => ({ name: f.name, errors: f.errors })));
      // Nothing field-shaped (a conflict, a network failure): the whole message is the news.
      setGeneral(problems.fields.length === 0 && problems.general.length === 0 ? [errorMessage(error)] : problems.general);
      if (problems.fields[0]) form.scrollToField(problems.fields[0].name, { block: "center" });
    },
    [form, fieldNames],
  );
  const clear = useCallback(() => setGeneral(null), []);
  return { general, show, clear };
}
