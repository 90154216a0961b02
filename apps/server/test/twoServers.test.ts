import { createDb } from "@cppcc/db";
import { demoPassword, seedDemo } from "@cppcc/db/seed";
import { afterAll, describe, expect, it } from "vitest";
import { memberAccounts, signIn, type SignedIn } from "./support/cast";
import { freshDatabase, type FreshDatabase } from "./support/database";
import { call, login, ok } from "./support/http";
import { countsByKind, meetingDutyEntries, membersByKind } from "./support/ledger";
import { scheduledMeeting, type Office } from "./support/meeting";
import { nginxInstalled, nginxPath, startNginx, type Nginx } from "./support/nginx";
import { expectedLedger, participationRound, type Cast } from "./support/round";
import { requestsLogged, startServer, stopServer, type Server } from "./support/servers";

/**
 * Two real server processes on one Postgres database, checked from outside: over HTTP, as two
 * servers behind a load balancer run. PGlite belongs to one process, so this needs DATABASE_URL;
 * CI sets it and REQUIRE_NGINX=1, which turns every skip below into a failure.
 */
const serverUrl = process.env.DATABASE_URL;
const requireNginx = process.env.REQUIRE_NGINX === "1";
const rounds = Number(process.env.TWO_SERVER_ROUNDS || 10);
const perKind = 50;

const skipReason = !serverUrl && !requireNginx ? "needs DATABASE_URL=postgres://… (two processes cannot share an embedded PGlite)" : null;
const nginxSkipReason = !nginxInstalled() && !requireNginx ? `needs Debian's nginx at ${nginxPath} (apt-get install nginx)` : null;
if (skipReason) console.warn(`twoServers: skipped, ${skipReason}`);
else if (nginxSkipReason) console.warn(`twoServers: the nginx round is skipped, ${nginxSkipReason}`);

let database: FreshDatabase | undefined;
let servers: Server[] = [];
let nginx: Nginx | undefined;
afterAll(async () => {
  await nginx?.stop();
  await Promise.all(servers.map((s) => stopServer(s)));
  await database?.drop();
});

describe.skipIf(skipReason)("two servers on one Postgres", { timeout: 15 * 60_000 }, () => {
  let office: Office;
  let cast: Cast;
  const bases = () => servers.map((s) => s.base);

  it("start at the same moment on a fresh database and both come up healthy", async () => {
    if (!serverUrl) throw new Error("REQUIRE_NGINX=1 runs the two-server test, which needs DATABASE_URL=postgres://…");
    database = await freshDatabase(serverUrl);
    servers = await Promise.all([startServer(database.url), startServer(database.url)]);
    for (const s of servers) expect(await fetch(`${s.base}/healthz`).then((r) => r.json())).toEqual({ ok: true, database: "postgres" });
    // Production starts without demo data; the test's cast comes from the demo seed, written once.
    const handle = await createDb({ url: database.url, poolSize: 1 });
    await seedDemo(handle.db);
    await handle.close();
  });

  it("accept on one server a session created on the other", async () => {
    const [a, b] = bases() as [string, string];
    const cookie = await login([a], 0, "admin", demoPassword);
    const me = await ok<{ account: { username: string } } | null>(call([b], 0, "auth.me", undefined, { cookie, method: "GET" }));
    expect(me?.account.username).toBe("admin");
    const members = await memberAccounts(database!.sql, 3 * perKind);
    const present: SignedIn[] = await signIn(bases(), members.slice(0, perKind));
    cast = { present, excused: members.slice(perKind, 2 * perKind), absent: members.slice(2 * perKind) };
    office = { bases: bases(), sql: database!.sql, admin: cookie };
  });

  it(`give exactly ${perKind} attendance, leave and absence entries per meeting, ${rounds} rounds over both servers`, async () => {
    for (let round = 1; round <= rounds; round++) {
      const id = await participationRound(office, cast, `两台服务器并发签到第${round}轮`);
      const ledger = membersByKind(await meetingDutyEntries(database!.sql, id));
      expect(countsByKind(ledger), `round ${round}: entries per kind`).toEqual(countsByKind(expectedLedger(cast)));
      expect(ledger, `round ${round}: whose entries`).toEqual(expectedLedger(cast));
    }
    // Both servers took their share (each logs every request at info).
    for (const s of servers) expect(requestsLogged(s, "consultation.checkIn.scan")).toBeGreaterThanOrEqual(rounds * (perKind / 2) - 1);
  });

  it.skipIf(nginxSkipReason)("give the same behind Debian's nginx, which spreads the requests over both", async () => {
    if (!nginxInstalled()) throw new Error(`REQUIRE_NGINX=1 but ${nginxPath} is missing: apt-get install nginx`);
    nginx = await startNginx(bases());
    const before = servers.map((s) => requestsLogged(s, "consultation.checkIn.scan"));
    const id = await participationRound({ ...office, bases: [nginx.base] }, cast, "经反向代理的并发签到");
    const ledger = membersByKind(await meetingDutyEntries(database!.sql, id));
    expect(countsByKind(ledger), "entries per kind").toEqual(countsByKind(expectedLedger(cast)));
    expect(ledger, "whose entries").toEqual(expectedLedger(cast));
    servers.forEach((s, i) => expect(requestsLogged(s, "consultation.checkIn.scan"), `server ${i + 1} behind nginx`).toBeGreaterThan(before[i]!));
    await nginx.stop();
    nginx = undefined;
  });

  it("keep answering when one is killed mid-load, and lose no acknowledged write", async () => {
    const [survivor, victim] = servers as [Server, Server];
    const id = await scheduledMeeting(office, "一台服务器中途宕机的签到", cast.present.map((m) => m.memberId));
    const { token } = await ok<{ token: string }>(call(office.bases, 0, "consultation.checkIn.issueCode", { consultationId: id }, { cookie: office.admin }));
    const acknowledged: string[] = [];
    let elsewhere = 0;
    const scan = (m: SignedIn, i: number) =>
      call(office.bases, i, "consultation.checkIn.scan", { token }, { cookie: m.cookie }).then((answer) => {
        if (answer.status === 200) acknowledged.push(m.memberId);
        if (answer.base !== office.bases[i % office.bases.length]) elsewhere++;
        return answer.status;
      });
    // The first half at once; the victim dies while some of them are in flight, the second half
    // is sent after, and whatever it no longer answers goes to the survivor.
    const firstWave = cast.present.slice(0, perKind / 2).map(scan);
    await expect.poll(() => acknowledged.length, { timeout: 60_000, interval: 5 }).toBeGreaterThanOrEqual(5);
    victim.child.kill("SIGKILL");
    await victim.exited;
    const secondWave = cast.present.slice(perKind / 2).map((m, i) => scan(m, perKind / 2 + i));
    const statuses = await Promise.all([...firstWave, ...secondWave]);

    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(elsewhere, "requests the killed server never answered went to the survivor").toBeGreaterThan(0);
    expect((await fetch(`${survivor.base}/healthz`)).status).toBe(200);
    const attended = membersByKind(await meetingDutyEntries(database!.sql, id)).consultationAttendance ?? [];
    expect(attended).toEqual([...acknowledged].sort());
    expect(attended).toHaveLength(perKind);
    const rows = await database!.sql`select member_id from consultation_attendance where consultation_id = ${id}`;
    expect(rows).toHaveLength(perKind);
  });
});
