import { z } from "zod";
import type { CalendarDate } from "../calendar";

/**
 * 交办: either one lead unit with co-units (主办 + 会办: co-units send their opinions to the lead,
 * who alone replies), or a split between units (分办: each answers its own part and replies itself).
 */
export const handlingRoles = ["lead", "co", "split"] as const;
export type HandlingRole = (typeof handlingRoles)[number];

export const handlingRoleLabels: Record<HandlingRole, string> = { lead: "主办", co: "会办", split: "分办" };

export const assignmentModes = ["joint", "split"] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

export const assignmentModeLabels: Record<AssignmentMode, string> = { joint: "主办会办", split: "分别办理" };

const unitId = z.string().min(1, "请选择承办单位");

export const assignmentInput = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("joint"), leadUnitId: unitId, coUnitIds: z.array(unitId) }),
    z.object({ mode: z.literal("split"), unitIds: z.array(unitId).min(2, "分别办理至少需要两个承办单位") }),
  ])
  .superRefine((a, ctx) => {
    const ids = a.mode === "joint" ? [a.leadUnitId, ...a.coUnitIds] : a.unitIds;
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: "custom", message: "同一承办单位只能出现一次（主办单位不能同时是会办单位）" });
    }
  });
export type AssignmentInput = z.infer<typeof assignmentInput>;

export type AssignedUnit = { handlingUnitId: string; role: HandlingRole };

/** An assignment as recorded: which units in which role, and from which day the time runs. */
export type Assignment = { mode: AssignmentMode; units: AssignedUnit[]; assignedOn: CalendarDate };

export function assignedUnitsOf(input: AssignmentInput): AssignedUnit[] {
  return input.mode === "joint"
    ? [{ handlingUnitId: input.leadUnitId, role: "lead" }, ...input.coUnitIds.map((id) => ({ handlingUnitId: id, role: "co" as const }))]
    : input.unitIds.map((id) => ({ handlingUnitId: id, role: "split" as const }));
}

/** The units that must reply in writing: the lead, or every unit of a split. */
export function replyingUnitsOf(a: Assignment): string[] {
  return a.units.filter((u) => u.role !== "co").map((u) => u.handlingUnitId);
}

export function coUnitsOf(a: Assignment): string[] {
  return a.units.filter((u) => u.role === "co").map((u) => u.handlingUnitId);
}

export function roleOfUnit(a: Assignment, handlingUnitId: string): HandlingRole | null {
  return a.units.find((u) => u.handlingUnitId === handlingUnitId)?.role ?? null;
}
