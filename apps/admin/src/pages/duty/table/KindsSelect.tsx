import { dutyEntryKinds, dutyEntryLabels } from "@cppcc/domain";
import { Select, type SelectProps } from "antd";

const options = dutyEntryKinds.map((k) => ({ value: k, label: dutyEntryLabels[k] ?? k }));

/** Which kinds of duty-ledger entry a clause, minimum or trigger counts, by the names people read. */
export function KindsSelect(props: Omit<SelectProps<string[]>, "options" | "mode">) {
  return <Select mode="multiple" placeholder="选择履职记录类型" optionFilterProp="label" options={options} {...props} />;
}
