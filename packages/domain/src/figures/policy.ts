import type { Grants } from "../auth/scope";

/**
 * 数说 is the office's: its figures cover the whole council (every township, every sector), and
 * the office publishes them. Liaisons and members read their own counts elsewhere.
 */
export const figuresActions = ["figures.read"] as const;
export type FiguresAction = (typeof figuresActions)[number];

export const figuresGrants: Grants<FiguresAction> = {
  admin: { "figures.read": "council" },
  liaison: {},
  handler: {},
  member: {},
};
