import { proposalCategories, proposalCategoryLabels, type ProposalCategory } from "@cppcc/domain";
import { Input, Selector, TextArea } from "antd-mobile";
import type { DraftAutosave } from "./useDraftAutosave";
import { textLength, textLimits, type DraftField } from "./draftFields";
import { selectorStyle } from "../selectorStyle";
import { Field } from "./Field";

const categoryOptions = proposalCategories.map((c) => ({ label: proposalCategoryLabels[c], value: c }));
const livelihoodOptions = [
  { label: "是，民生类", value: "yes" },
  { label: "否", value: "no" },
];

/** Title, category, livelihood, 案由 and 具体建议: each with its counter and its messages. */
export function DraftForm({ draft, errorsOf }: { draft: DraftAutosave; errorsOf: (field: DraftField) => string[] }) {
  const { fields, setField } = draft;
  const counter = (field: "title" | "situation" | "suggestions") => ({ length: textLength(fields[field]), max: textLimits[field].max });
  return (
    <div style={{ margin: "12px 12px 0", background: "#fff", borderRadius: 8, overflow: "hidden" }}>
      <Field label="标题" htmlFor="title" count={counter("title")} errors={errorsOf("title")}>
        <Input id="title" value={fields.title} onChange={(v) => setField("title", v)} placeholder={`一事一案，${textLimits.title.min}–${textLimits.title.max} 字`} clearable />
      </Field>
      <Field label="类别" errors={errorsOf("category")}>
        <div id="category">
          <Selector
            columns={3}
            options={categoryOptions}
            value={fields.category ? [fields.category] : []}
            onChange={(v) => v[0] && setField("category", v[0] as ProposalCategory)}
            style={{ ...selectorStyle, "--padding": "8px 4px", fontSize: 13 } as never}
          />
        </div>
      </Field>
      <Field label="是否民生类提案" errors={errorsOf("isLivelihood")}>
        <div id="isLivelihood">
          <Selector
            columns={2}
            options={livelihoodOptions}
            value={fields.isLivelihood === null ? [] : [fields.isLivelihood ? "yes" : "no"]}
            onChange={(v) => v[0] && setField("isLivelihood", v[0] === "yes")}
            style={selectorStyle}
          />
        </div>
      </Field>
      <Field label="案由（情况和分析）" htmlFor="situation" count={counter("situation")} errors={errorsOf("situation")}>
        <TextArea
          id="situation"
          value={fields.situation}
          onChange={(v) => setField("situation", v)}
          placeholder={`写明存在的问题、原因和分析，至少 ${textLimits.situation.min} 字`}
          autoSize={{ minRows: 5, maxRows: 16 }}
        />
      </Field>
      <Field label="具体建议" htmlFor="suggestions" count={counter("suggestions")} errors={errorsOf("suggestions")}>
        <TextArea
          id="suggestions"
          value={fields.suggestions}
          onChange={(v) => setField("suggestions", v)}
          placeholder={`提出具体可行的建议，可分条列出，至少 ${textLimits.suggestions.min} 字`}
          autoSize={{ minRows: 5, maxRows: 16 }}
        />
      </Field>
    </div>
  );
}
