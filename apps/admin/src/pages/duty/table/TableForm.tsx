import type { TableFormValues } from "@cppcc/domain";
import { Card, ConfigProvider, Flex, Form, type FormInstance } from "antd";
import { BandsSection } from "./BandsSection";
import { CategoriesSection } from "./CategoriesSection";
import { ClausesSection } from "./ClausesSection";
import { ExitTriggersSection } from "./ExitTriggersSection";
import { PointsField, TextField } from "./fields";
import { MinimumsSection } from "./MinimumsSection";

type Props = {
  form: FormInstance<TableFormValues>;
  initial: TableFormValues;
  readOnly: boolean;
  onFinish: (values: TableFormValues) => void;
  onChange: () => void;
};

/** The whole table, section by section, in the document's own shape; a published table shows the same, frozen. */
// Frozen fields still read as the year's rule: dark text on a faint ground, not the greyed-out look of "unavailable".
const frozen = { token: { colorTextDisabled: "rgba(0, 0, 0, 0.88)", colorBgContainerDisabled: "#fafafa" } };

export function TableForm({ form, initial, readOnly, onFinish, onChange }: Props) {
  return (
    <ConfigProvider theme={readOnly ? frozen : undefined}>
      <Form<TableFormValues> form={form} initialValues={initial} onFinish={onFinish} disabled={readOnly} onValuesChange={onChange}>
      <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap>
          <TextField name={["name"]} label="考评表名称" width={280} />
          <TextField name={["citation"]} label="依据" width={420} />
          <PointsField name={["base"]} label="基础分" width={120} />
        </Flex>
      </Card>
      <CategoriesSection readOnly={readOnly} />
      <ClausesSection readOnly={readOnly} />
      <MinimumsSection readOnly={readOnly} />
      <BandsSection readOnly={readOnly} />
      <ExitTriggersSection readOnly={readOnly} />
      </Form>
    </ConfigProvider>
  );
}
