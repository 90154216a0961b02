import { Form, Select } from "antd";
import { Field, CodeField, PointsField, TextField } from "./fields";
import { KindsSelect } from "./KindsSelect";
import { ListSection } from "./ListSection";

const roleOptions = [
  { value: "lead", label: "第一提案人" },
  { value: "cosigner", label: "联名人" },
  { value: "collective", label: "集体" },
];

/**
 * 计分规则: what an entry earns or loses. Outcome stages (submitted → filed → key → excellent) are kinds
 * of entry, so a stage's points are the clause naming its kind; adoption levels narrow a clause to
 * entries adopted at those levels.
 */
export function ClausesSection({ readOnly }: { readOnly: boolean }) {
  const categories = Form.useWatch<{ code?: string; label?: string }[] | undefined>("categories") ?? [];
  const categoryOptions = categories.filter((c) => c?.code).map((c) => ({ value: c.code!, label: c.label || c.code! }));
  return (
    <ListSection
      name="clauses"
      title="计分规则"
      hint="分值为每条记录的得分，扣分填负数。联名分配：多人联名时第一提案人得该比例，其余联名人平分余下部分（分值为整件的分值）。前 N 条不计分：本年前 N 条符合的记录不得分。"
      item="计分规则"
      readOnly={readOnly}
      blank={() => ({ code: "", label: "", category: categoryOptions[0]?.value, kinds: [], roles: [], levels: [], points: 0, leadShare: null, beyondFirst: 0, cap: null })}
    >
      {(field) => (
        <>
          <CodeField name={[field.name, "code"]} />
          <TextField name={[field.name, "label"]} label="规则名称" width={240} />
          <Field name={[field.name, "category"]} label="所属类别" width={150}>
            <Select options={categoryOptions} placeholder="选择类别" />
          </Field>
          <Field name={[field.name, "kinds"]} label="计入的履职记录" width={360}>
            <KindsSelect />
          </Field>
          <PointsField name={[field.name, "points"]} label="分值" />
          <Field name={[field.name, "roles"]} label="限于身份" width={240}>
            <Select mode="multiple" options={roleOptions} placeholder="不限" />
          </Field>
          <Field name={[field.name, "levels"]} label="限于采用层级" width={200}>
            <Select mode="tags" placeholder="不限（填层级代码）" />
          </Field>
          <PointsField name={[field.name, "leadShare"]} label="第一提案人份额" width={130} placeholder="不分配" min={0} max={1} step={0.1} />
          <PointsField name={[field.name, "beyondFirst"]} label="前 N 条不计分" width={120} min={0} />
          <PointsField name={[field.name, "cap"]} label="本条上限" placeholder="不设" />
        </>
      )}
    </ListSection>
  );
}
