/** Handling units as Select options, found by full or short name (住建局 finds 平湖市住房和城乡建设局). */
export function unitOptions(units: readonly { id: string; name: string; shortName: string; active: boolean }[]) {
  return units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name, short: u.shortName }));
}

export const unitSearch = { optionFilterProp: ["label", "short"] };
