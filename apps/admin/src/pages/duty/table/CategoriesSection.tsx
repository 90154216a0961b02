import { CodeField, PointsField, TextField } from "./fields";
import { ListSection } from "./ListSection";

/** 考评类别: each with the points it starts at, its cap (the rest up to it is still given) and its floor (扣完为止). */
export function CategoriesSection({ readOnly }: { readOnly: boolean }) {
  return (
    <ListSection
      name="categories"
      title="考评类别"
      hint="上限：本类最多得分，超出时只计到上限为止；扣分下限：本类扣分最多扣到此分（扣完为止）。留空表示不设。"
      item="考评类别"
      readOnly={readOnly}
      blank={() => ({ code: "", label: "", start: 0, cap: null, floor: 0 })}
    >
      {(field) => (
        <>
          <CodeField name={[field.name, "code"]} />
          <TextField name={[field.name, "label"]} label="类别名称" width={200} />
          <PointsField name={[field.name, "start"]} label="起始分" />
          <PointsField name={[field.name, "cap"]} label="上限" placeholder="不设" />
          <PointsField name={[field.name, "floor"]} label="扣分下限" placeholder="不设" />
        </>
      )}
    </ListSection>
  );
}
