import { handlingUnitName } from "@cppcc/domain";
/** Handling units as Select options under the name they go by, found by full or short name (住建局 finds 平湖市住房和城乡建设局). */
export function unitOptions(units: readonly { id: string; name: string; shortName: string; active: boolean }[]) {
  return units.filter((u) => u.active).map((u) => ({ value: u.id, label: handlingUnitName(u), title: u.name, full: u.name }));
}

export const unitSearch = { optionFilterProp: ["label", "full"] };
