import type { Role } from "../auth/role";

/** The councils a service may read and write for its actor: its own, and for an upper-level office those below it. */
export type CouncilScope = { councilId: string; councilIds: string[] };

export type CouncilNode = { id: string; parentId: string | null };

/**
 * An office (admin) of a province or city council oversees the councils below it (省市县三级贯通);
 * everyone else — a liaison, a unit, a member — works in their own council only.
 */
export function reachesLowerCouncils(role: Role): boolean {
  return role === "admin";
}

/**
 * The council and, when the role reaches them, every council below it, however deep. `tree` may
 * hold more councils than the subtree; a parent loop in bad data ends instead of spinning.
 */
export function councilScope(councilId: string, role: Role, tree: readonly CouncilNode[]): CouncilScope {
  if (!reachesLowerCouncils(role)) return { councilId, councilIds: [councilId] };
  const children = new Map<string, string[]>();
  for (const c of tree) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const seen = new Set([councilId]);
  const queue = [councilId];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  return { councilId, councilIds: [...seen] };
}

/** One council alone: what a job acting for that council works in. */
export function singleCouncil(councilId: string): CouncilScope {
  return { councilId, councilIds: [councilId] };
}
