import { Form, Select } from "antd";
import { Field, CodeField, PointsField, TextField } from "./fields";
import { KindsSelect } from "./KindsSelect";
import { ListSection } from "./ListSection";

const typeOptions = [
  { value: "entryCount", label: "某类记录达到次数" },
  { value: "lowScore", label: "连续多年低于某分" },
  { value: "noEntries", label: "连续多年没有某类记录" },
];
const withinOptions = [
  { value: "year", label: "一年内" },
  { value: "term", label: "一届内" },
];

/** 退出情形: when a member's record calls for the office to act; each type asks for its own figures. */
export function ExitTriggersSection({ readOnly }: { readOnly: boolean }) {
  return (
    <ListSection
      name="exitTriggers"
      title="退出情形"
      item="退出情形"
      readOnly={readOnly}
      blank={() => ({ type: "entryCount", code: "", label: "", consequence: "", kinds: [], count: 1, within: "term", below: null, years: null })}
    >
      {(field) => (
        <>
          <CodeField name={[field.name, "code"]} />
          <Field name={[field.name, "type"]} label="情形类型" width={190}>
            <Select options={typeOptions} />
          </Field>
          <TextField name={[field.name, "label"]} label="情形" width={240} />
          <TextField name={[field.name, "consequence"]} label="处理" width={200} />
          <Form.Item noStyle dependencies={[["exitTriggers", field.name, "type"]]}>
            {({ getFieldValue }) => {
              const type = getFieldValue(["exitTriggers", field.name, "type"]) as string;
              return (
                <>
                  {type !== "lowScore" && (
                    <Field name={[field.name, "kinds"]} label="履职记录" width={300}>
                      <KindsSelect />
                    </Field>
                  )}
                  {type === "entryCount" && (
                    <>
                      <PointsField name={[field.name, "count"]} label="次数" min={1} />
                      <Field name={[field.name, "within"]} label="范围" width={100}>
                        <Select options={withinOptions} />
                      </Field>
                    </>
                  )}
                  {type === "lowScore" && <PointsField name={[field.name, "below"]} label="低于（分）" />}
                  {type !== "entryCount" && <PointsField name={[field.name, "years"]} label="连续年数" min={1} />}
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </ListSection>
  );
}
