import { proposalCategories, proposalCategoryLabels } from "@cppcc/domain";
import { Form, Radio, Select } from "antd";

/** 提案类别 and 是否民生, both required: what the office settles when it enters or files a proposal. */
export function CategoryFields() {
  return (
    <>
      <Form.Item name="category" label="提案类别" rules={[{ required: true, message: "请选择提案类别" }]}>
        <Select aria-label="提案类别" options={proposalCategories.map((c) => ({ value: c, label: proposalCategoryLabels[c] }))} />
      </Form.Item>
      <Form.Item name="isLivelihood" label="是否民生类提案" rules={[{ required: true, message: "请选择是否为民生类提案" }]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: "民生类" },
            { value: false, label: "非民生类" },
          ]}
        />
      </Form.Item>
    </>
  );
}
