import { z } from "zod";
import { nameField, sortOrder } from "./fields";

/**
 * 承办单位: a government department that answers proposals and suggestions. A unit that is
 * merged or renamed is deactivated rather than deleted, because old proposals still name it.
 */
export const handlingUnitInput = z.object({
  name: nameField("承办单位名称", 2, 40),
  shortName: nameField("简称", 2, 20),
  sortOrder,
  active: z.boolean().default(true),
});
export type HandlingUnitInput = z.infer<typeof handlingUnitInput>;
export type HandlingUnit = z.output<typeof handlingUnitInput> & { id: string };

/**
 * The name a handling unit goes by on every screen, list and message: its short name (市住建局).
 * The full name (平湖市住房和城乡建设局) is for formal letters and a tooltip beside it.
 */
export function handlingUnitName(unit: { name: string; shortName: string }): string {
  return unit.shortName || unit.name;
}
