/**
 * Names ↔ ids for the columns that refer to other records (界别, 专委会, 委员小组). An import
 * only looks names up: a name that is not there is an error, never a new record, because a
 * typo would otherwise create a 26th sector.
 */
export type RosterReference = { id: string; name: string; aliases?: readonly string[] };

export type RosterLookups = {
  sectors: ReadonlyMap<string, string>;
  committees: ReadonlyMap<string, string>;
  townshipGroups: ReadonlyMap<string, string>;
};

export type RosterNames = RosterLookups;

type Lists = { sectors: readonly RosterReference[]; committees: readonly RosterReference[]; townshipGroups: readonly RosterReference[] };

/** How names are compared: full-width forms folded (NFKC) and spaces ignored. */
export function lookupKey(name: string): string {
  return name.normalize("NFKC").replace(/\s/g, "");
}

function byName(records: readonly RosterReference[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of records) for (const n of [r.name, ...(r.aliases ?? [])]) map.set(lookupKey(n), r.id);
  return map;
}

function byId(records: readonly RosterReference[]): Map<string, string> {
  return new Map(records.map((r) => [r.id, r.name]));
}

/**
 * Lookups for an import. Give a township group its township's name as an alias so that a
 * sheet saying 当湖街道 finds 当湖街道委员小组.
 */
export function rosterLookups(lists: Lists): RosterLookups {
  return { sectors: byName(lists.sectors), committees: byName(lists.committees), townshipGroups: byName(lists.townshipGroups) };
}

/** id → name, for export. */
export function rosterNames(lists: Lists): RosterNames {
  return { sectors: byId(lists.sectors), committees: byId(lists.committees), townshipGroups: byId(lists.townshipGroups) };
}

export function lookupId(map: ReadonlyMap<string, string>, name: string): string | undefined {
  return map.get(lookupKey(name)) ?? map.get(name);
}
