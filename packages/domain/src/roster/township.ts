import { z } from "zod";
import { idField } from "../id";
import { nameField, sortOrder } from "./fields";

/** 镇 or 街道: the two kinds of township a county-level city is divided into. */
export const townshipKinds = ["town", "street"] as const;
export type TownshipKind = (typeof townshipKinds)[number];
export const townshipKindLabels: Record<TownshipKind, string> = { town: "镇", street: "街道" };

export const townshipInput = z.object({
  name: nameField("镇街道名称", 2, 30),
  kind: z.enum(townshipKinds, { error: "类型须为镇或街道" }),
  sortOrder,
});
export type TownshipInput = z.infer<typeof townshipInput>;
export type Township = TownshipInput & { id: string };

/** 镇街道委员小组: members grouped by where they live or work; each member is in exactly one. */
export const townshipGroupInput = z.object({
  townshipId: idField("镇街道"),
  name: nameField("委员小组名称", 2, 30),
  sortOrder,
});
export type TownshipGroupInput = z.infer<typeof townshipGroupInput>;
export type TownshipGroup = TownshipGroupInput & { id: string };

/** 当湖街道 → 当湖街道委员小组: the name offices use, offered as the default. */
export function townshipGroupName(townshipName: string): string {
  return `${townshipName.trim()}委员小组`;
}

/** Guesses the kind from the name (…街道 / …镇) so a form can pre-fill it; null when the name says neither. */
export function townshipKindOf(name: string): TownshipKind | null {
  const n = name.trim();
  if (n.endsWith("街道")) return "street";
  if (n.endsWith("镇")) return "town";
  return null;
}
