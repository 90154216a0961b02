import { type dutyLedger, dutyLedgerLive, type DbOrTx } from "@cppcc/db";
import { ledgerChanges, shanghaiDate, type DutyEntryRole } from "@cppcc/domain";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { appendAndRescore, councilScoreKey, type MemberYear } from "../duty/storedScore";

/**
 * What one member's duty record should hold live for one source after this change. `governs` names
 * the kinds the change decides: live entries of those kinds that `entries` no longer lists are
 * reversed, and kinds already live are left as they are.
 */
export type DutySettlement = {
  memberId: string;
  source: { table: string; id: string };
  governs: readonly string[];
  entries: readonly ({ kind: string; occurredAt: Date } & DutyPart)[];
};

/** How the member took part, written on the entry for scoring (see `duty_ledger.role`). */
export type DutyPart = { role?: DutyEntryRole | null; signers?: number | null; level?: string | null };

/** A credit that is never taken back by this step (a speech, a suggestion, a proposal filed). */
export function dutyCredit(memberId: string, kind: string, source: { table: string; id: string }, occurredAt: Date, part: DutyPart = {}): DutySettlement {
  return { memberId, source, governs: [kind], entries: [{ kind, occurredAt, ...part }] };
}

type DutyKey = Pick<DutySettlement, "memberId" | "source">;

const lockKey = (councilId: string, s: DutyKey) => `duty:${councilId}:${s.memberId}:${s.source.table}:${s.source.id}`;
// A member's stored score is rewritten by whatever changes any of their entries, whatever the source.
const scoreKey = (councilId: string, s: DutyKey) => `duty-score:${councilId}:${s.memberId}`;

/**
 * Takes the lock a settlement of these members and sources takes, early: a step that derives what
 * should count from rows another step may be changing (attendance, the invitation) reads them after
 * the lock, so it sees what the step before it committed. The lock is the transaction's; taking it
 * again in settleDuty is free. It also takes each member's score lock, in the same sorted order, so
 * two steps adding entries for one member from different sources rescore one after the other, and
 * the council's score lock shared, which a table save takes alone.
 */
export async function lockDuty(tx: DbOrTx, councilId: string, keys: readonly DutyKey[]): Promise<void> {
  if (keys.length === 0) return;
  const sorted = [...new Set(keys.flatMap((k) => [lockKey(councilId, k), scoreKey(councilId, k)]))].sort();
  // The council's score lock, shared: a table save holds it alone while it rescores the year (see rescoreYear).
  await tx.execute(
    sql`select pg_advisory_xact_lock_shared(hashtextextended(${councilScoreKey(councilId)}, 0)),
      (select count(pg_advisory_xact_lock(hashtextextended(k, 0))) from (select k from unnest(array[${sql.join(
        sorted.map((k) => sql`${k}`),
        sql`, `,
      )}]::text[]) as k order by k) as sorted)`,
  );
}

/**
 * Brings the ledger to the settlements by appending entries and reversals, never by updating or
 * deleting. Each member and source is settled under a transaction-scoped advisory lock, so two
 * requests for the same member (a double click, a retry, a correction racing a check-in) take turns
 * and the second sees the first's entry and adds nothing, while different members never wait for
 * each other. Keys are locked in one sorted order, so two settlements of many members cannot
 * deadlock.
 */
export async function settleDuty(tx: DbOrTx, councilId: string, settlements: readonly DutySettlement[], recordedAt: Date): Promise<void> {
  if (settlements.length === 0) return;
  await lockDuty(tx, councilId, settlements);
  const live = await liveEntries(tx, councilId, settlements);
  const appends: (typeof dutyLedger.$inferInsert)[] = [];
  const rescore: MemberYear[] = [];
  for (const s of settlements) {
    const mine = live.filter((e) => e.memberId === s.memberId && e.sourceTable === s.source.table && e.sourceId === s.source.id);
    const { append, reverse } = ledgerChanges(mine, s.entries, s.governs);
    for (const e of append) {
      appends.push({ councilId, memberId: s.memberId, kind: e.kind, occurredAt: e.occurredAt, sourceTable: s.source.table, sourceId: s.source.id, recordedAt, role: e.role ?? null, signers: e.signers ?? null, level: e.level ?? null });
      rescore.push({ memberId: s.memberId, year: yearOf(e.occurredAt) });
    }
    for (const id of reverse) {
      const entry = mine.find((e) => e.id === id)!;
      appends.push({ councilId, memberId: s.memberId, kind: entry.kind, occurredAt: recordedAt, sourceTable: entry.sourceTable, sourceId: entry.sourceId, recordedAt, reversesId: id });
      // A reversal takes the entry out of the year the entry counted in.
      rescore.push({ memberId: s.memberId, year: yearOf(entry.occurredAt) });
    }
  }
  if (appends.length === 0) return;
  await appendAndRescore(tx, councilId, appends, rescore, recordedAt);
}

const yearOf = (at: Date) => Number(shanghaiDate(at).slice(0, 4));

/** The live entries of the settlements' members for their sources, one query per distinct source. */
function liveEntries(tx: DbOrTx, councilId: string, settlements: readonly DutySettlement[]) {
  const bySource = new Map<string, { table: string; id: string; members: Set<string> }>();
  for (const s of settlements) {
    const key = `${s.source.table}\u0000${s.source.id}`;
    const group = bySource.get(key) ?? { ...s.source, members: new Set<string>() };
    group.members.add(s.memberId);
    bySource.set(key, group);
  }
  return tx
    .select({ id: dutyLedgerLive.id, memberId: dutyLedgerLive.memberId, kind: dutyLedgerLive.kind, occurredAt: dutyLedgerLive.occurredAt, sourceTable: dutyLedgerLive.sourceTable, sourceId: dutyLedgerLive.sourceId })
    .from(dutyLedgerLive)
    .where(
      and(
        eq(dutyLedgerLive.councilId, councilId),
        or(
          ...[...bySource.values()].map((g) =>
            and(eq(dutyLedgerLive.sourceTable, g.table), eq(dutyLedgerLive.sourceId, g.id), inArray(dutyLedgerLive.memberId, [...g.members])),
          ),
        ),
      ),
    );
}
