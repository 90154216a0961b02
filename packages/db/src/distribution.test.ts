import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { distributionViolations } from "./distributionCheck";
import { migrationsBefore } from "./migrationsBefore";
import { createTestDb } from "./testing";

// Runs on PGlite, and on Postgres when DATABASE_URL is set: both build the catalog from the same migrations.
describe("the schema, read from the catalog, can be distributed by council", () => {
  let handle: DbHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it("keys every council-owned table, unique index and foreign key by council_id", async () => {
    handle = await createTestDb();
    expect(await distributionViolations(handle.db)).toEqual([]);
  });

  it("flags a table placed nowhere and a reference table pointing into a council", async () => {
    handle = await createTestDb();
    await handle.db.execute(sql`create table stray (id uuid primary key)`);
    await handle.db.execute(
      sql`alter table account_username add constraint account_username_account_fk foreign key (council_id, account_id) references account (council_id, id)`,
    );
    expect(await distributionViolations(handle.db)).toEqual([
      "account_username.account_username_account_fk: a reference table points into account",
      "stray: neither council-owned (no council_id) nor a reference table",
    ]);
  });

  it("finds the violations of the schema before the citus keys", async () => {
    handle = await createTestDb(migrationsBefore("_citus_keys"));
    const found = await distributionViolations(handle.db);
    // The old schema keyed every table by id alone: each kind of violation shows up.
    expect(found).toContain("member.member_pkey: primary key without council_id");
    expect(found).toContain("account.account_username_uq: unique constraint without council_id");
    expect(found).toContain("proposal_event.proposal_event_request_uq: unique index without council_id");
    expect(found).toContain("consultation_invitation.consultation_invitation_member_id_member_id_fk: foreign key to member not through council_id");
    expect(found).toContain("sector_pairing: no primary key");
    expect(found.length).toBeGreaterThan(100);
  });
});
