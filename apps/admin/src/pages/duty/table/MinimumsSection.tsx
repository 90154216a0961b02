import { Field, CodeField, PointsField, TextField } from "./fields";
import { KindsSelect } from "./KindsSelect";
import { ListSection } from "./ListSection";

/** 基本要求 (「三个一」): at least so many entries of some kinds in the year. */
export function MinimumsSection({ readOnly }: { readOnly: boolean }) {
  return (
    <ListSection
      name="minimums"
      title="基本要求（如「三个一」）"
      item="基本要求"
      readOnly={readOnly}
      blank={() => ({ code: "", label: "", kinds: [], count: 1 })}
    >
      {(field) => (
        <>
          <CodeField name={[field.name, "code"]} />
          <TextField name={[field.name, "label"]} label="要求" width={240} />
          <Field name={[field.name, "kinds"]} label="计入的履职记录" width={360}>
            <KindsSelect />
          </Field>
          <PointsField name={[field.name, "count"]} label="每年至少" min={1} />
        </>
      )}
    </ListSection>
  );
}
