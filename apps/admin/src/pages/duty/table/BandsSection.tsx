import { CodeField, PointsField, TextField } from "./fields";
import { ListSection } from "./ListSection";

/** 档次: from the highest down, each from its lower bound; the last takes everything below. */
export function BandsSection({ readOnly }: { readOnly: boolean }) {
  return (
    <ListSection
      name="bands"
      title="档次"
      hint="按下限从高到低排列；最低档次不设下限（留空）。"
      item="档次"
      readOnly={readOnly}
      blank={() => ({ code: "", label: "", min: null, consequence: "" })}
    >
      {(field) => (
        <>
          <CodeField name={[field.name, "code"]} />
          <TextField name={[field.name, "label"]} label="档次名称" width={160} />
          <PointsField name={[field.name, "min"]} label="下限（含）" placeholder="最低档不设" />
          <TextField name={[field.name, "consequence"]} label="结果运用" width={320} placeholder="选填，如：通报表扬" />
        </>
      )}
    </ListSection>
  );
}
