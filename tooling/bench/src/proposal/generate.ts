import postgres from "postgres";
import { proposalColumns, proposalSelect, sessionSlots, slotBatches, termNumber, type Slots } from "./sql";

export type Scale = { proposals: number; councils: number };

export type CityData = { councilId: string; proposals: number; seconds: number };

export type NationalData = {
  councils: number;
  /** Proposals generated for the other councils (the city's are not counted). */
  proposals: number;
  assignments: number;
  /** Proposals and assignments in the tables afterwards, the city's included. */
  tableProposals: number;
  tableAssignments: number;
  seconds: number;
  /** Seconds spent rebuilding the indexes dropped for the load, and in VACUUM ANALYZE. */
  indexSeconds: number;
  vacuumSeconds: number;
  /** Sizes after the load, for the report. */
  sizes: { relation: string; mib: number }[];
};

/** Proposals per session in the demo city: a few hundred a year, as a city of its size receives. */
const citySessions = [285, 312, 298, 326, 304];
/** Rows per INSERT in the national load: big enough to be efficient, small enough to report progress. */
const rowsPerBatch = 250_000;

type Sql = postgres.Sql;
// JIT off: the generating statements are estimated at millions of rows, and compiling their long
// expressions took 30 s where running them takes 20 ms; Memoize (no row repeats) only adds work.
const connect = (databaseUrl: string) => postgres(databaseUrl, { max: 1, onnotice: () => {}, connection: { jit: "off", enable_memoize: "off" } });

/** The columns written: all but the generated similarity keys. */
const columnList = proposalColumns.join(", ");

const assignmentColumns =
  "council_id, proposal_id, round, mode, handling_unit_id, role, assigned_on, due_on, active, returned_on, return_reason, created_at";

/** proposal_assignment rows for proposals `p` (with id, council_id, state), as assign.ts writes them. */
function assignmentSelect(from: string, where = "true"): string {
  return `
    select p.council_id, p.id, 1, p.state->'assignment'->>'mode', (u->>'handlingUnitId')::uuid, u->>'role',
      (p.state->'assignment'->>'assignedOn')::date, ((p.state->'assignment'->>'assignedOn')::date + interval '3 months')::date, true,
      case when p.state->'assignmentReturn'->>'handlingUnitId' = u->>'handlingUnitId' then (p.state->'assignmentReturn'->>'returnedOn')::date end,
      case when p.state->'assignmentReturn'->>'handlingUnitId' = u->>'handlingUnitId' then p.state->'assignmentReturn'->>'reason' end,
      ((p.state->'assignment'->>'assignedOn')::timestamp + interval '10 hours') at time zone 'Asia/Shanghai'
    from ${from} p cross join lateral jsonb_array_elements(p.state->'assignment'->'units') u
    where jsonb_typeof(p.state->'assignment') = 'object' and ${where}`;
}

/**
 * The demo city's proposals, five sessions of a few hundred, written in SQL as the services leave
 * them: the proposal rows (text, filter columns, state, number) and beside them the co-signers,
 * review decisions, assignments, co-unit opinions, replies, evaluations, key proposals, timeline
 * events and the serial counters.
 */
export async function generateCity(databaseUrl: string, councilId: string): Promise<CityData> {
  const started = Date.now();
  const sql = connect(databaseUrl);
  try {
    await sql`
      create temp table gen_council as
      select 0 as n, c.id,
        (select array_agg(ts.id order by ts.number) from term_session ts join term t on t.id = ts.term_id
          where ts.council_id = c.id and t.number = ${termNumber}) as sessions,
        (select array_agg(ts.start_date order by ts.number) from term_session ts join term t on t.id = ts.term_id
          where ts.council_id = c.id and t.number = ${termNumber}) as starts,
        ${citySessions}::int[] as per_session,
        (select array_agg(id order by sort_order, name) from handling_unit where council_id = c.id and active) as units,
        m.ids as members, m.sectors as member_sectors, m.groups as member_groups,
        (select array_agg(id order by name) from participating_unit where council_id = c.id) as parties,
        (select array_agg(id order by sort_order) from sector where council_id = c.id) as sectors,
        (select array_agg(id order by name) from township_group where council_id = c.id) as groups,
        (select array_agg(id order by sort_order) from committee where council_id = c.id) as committees
      from council c
      cross join lateral (select array_agg(m.id order by m.phone) as ids, array_agg(m.sector_id order by m.phone) as sectors,
          array_agg(m.township_group_id order by m.phone) as groups
        from member m join term t on t.id = m.term_id where m.council_id = c.id and t.number = ${termNumber} and m.status = 'active') m
      where c.id = ${councilId}`;
    const [check] = await sql<{ sessions: number; units: number; members: number }[]>`
      select cardinality(sessions) as sessions, cardinality(units) as units, cardinality(members) as members from gen_council`;
    if (!check || check.sessions < citySessions.length || check.units < 2 || check.members < 10) {
      throw new Error(`the demo city lacks what proposals need: ${JSON.stringify(check)}`);
    }
    const slots = sessionSlots();
    let proposals = 0;
    for (let s = 1; s <= citySessions.length; s++) {
      const inserted = await sql.unsafe(`insert into proposal (${columnList}) ${proposalSelect("gen_council", slots, s, 0, slots.start.length - 1)}`);
      proposals += inserted.count;
    }
    await writeCityChildren(sql, councilId);
    await sql.unsafe("vacuum (analyze)");
    return { councilId, proposals, seconds: (Date.now() - started) / 1000 };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Everything beside the proposal rows that the services write on the way, derived from each row's state. */
async function writeCityChildren(sql: Sql, councilId: string) {
  const city = `(select * from proposal where council_id = '${councilId}')`;
  // 联名: one to three co-signers, confirmed once it was submitted.
  await sql.unsafe(`
    insert into proposal_cosigner (council_id, proposal_id, member_id, status, invited_at, responded_at)
    select p.council_id, p.id, m.id, case when p.status = 'draft' then 'invited' else 'confirmed' end,
      p.created_at, case when p.status <> 'draft' then p.created_at + interval '1 day' end
    from ${city} p
    cross join lateral (select m.id from member m where m.council_id = p.council_id and m.status = 'active' and m.id <> p.lead_member_id
      order by hashtext(p.id::text || m.id::text) limit 1 + abs(hashtext(p.id::text)) % 3) m
    where p.proposer_kind = 'joint'`);
  await sql.unsafe(`
    insert into proposal_review (council_id, proposal_id, round, decision, reasons, number, ground_code, conversion, decided_at)
    select p.council_id, p.id, 1,
      case when p.status = 'returned' then 'returned' when p.status = 'notFiled' then 'notFiled' else 'filed' end,
      coalesce(case when p.status = 'returned' then p.state->'returnReasons' end, '[]'::jsonb), p.number,
      p.state->'notFiled'->>'groundCode', p.state->'notFiled'->>'conversion',
      (coalesce(p.filed_on, p.submitted_on + 10)::timestamp + interval '10 hours') at time zone 'Asia/Shanghai'
    from ${city} p where p.filed_on is not null or p.status in ('notFiled', 'returned')`);
  await sql.unsafe(`insert into proposal_assignment (${assignmentColumns}) ${assignmentSelect(city)}`);
  const letterSent = (day: string) => `((${day})::timestamp + interval '15 hours') at time zone 'Asia/Shanghai'`;
  await sql.unsafe(`
    insert into proposal_co_opinion (council_id, proposal_id, assignment_round, handling_unit_id, text, sent_at, created_at, updated_at)
    select p.council_id, p.id, 1, (o->>'handlingUnitId')::uuid, '会办意见：同意主办单位的办理意见，我单位将积极配合落实。',
      ${letterSent("(o->>'sentOn')::date")}, ${letterSent("(o->>'sentOn')::date - 3")}, ${letterSent("(o->>'sentOn')::date")}
    from ${city} p cross join lateral jsonb_array_elements(p.state->'coOpinions') o`);
  await sql.unsafe(`
    insert into proposal_reply (council_id, proposal_id, assignment_round, handling_unit_id, text, sent_at, created_at, updated_at,
      round, category_code, signer, contact)
    select p.council_id, p.id, 1, (r->>'handlingUnitId')::uuid,
      '答复函：您提出的《' || p.title || '》收悉。我单位高度重视，经认真研究，现答复如下：' || p.suggestions || '以上建议我们已逐条研究落实。',
      ${letterSent("(r->>'repliedOn')::date")}, ${letterSent("(r->>'repliedOn')::date - 7")}, ${letterSent("(r->>'repliedOn')::date")},
      (r->>'round')::int, r->>'categoryCode', '局长', '办公室 85012345'
    from ${city} p cross join lateral jsonb_array_elements(p.state->'replies') r`);
  await sql.unsafe(`
    insert into proposal_evaluation (council_id, proposal_id, round, overall, dimensions, comment, evaluated_on, created_at)
    select p.council_id, p.id, (p.state->'evaluation'->>'round')::int, p.state->'evaluation'->>'overall', p.state->'evaluation'->'dimensions',
      p.state->'evaluation'->>'comment', (p.state->'evaluation'->>'evaluatedOn')::date, ${letterSent("(p.state->'evaluation'->>'evaluatedOn')::date")}
    from ${city} p where jsonb_typeof(p.state->'evaluation') = 'object'`);
  await sql.unsafe(`
    insert into proposal_key (proposal_id, council_id, sponsor_name, sponsor_title, follow_up_on, marked_on)
    select p.id, p.council_id, p.state->'keyProposal'->>'sponsorName', p.state->'keyProposal'->>'sponsorTitle', null,
      (p.state->'keyProposal'->>'markedOn')::date
    from ${city} p where p.is_key`);
  // The timeline: each step the proposal went through, in order.
  await sql.unsafe(`
    insert into proposal_event (council_id, proposal_id, type, actor_role, actor_name, detail, at)
    select p.council_id, p.id, e.type, e.role, e.name, '{}'::jsonb, e.at
    from ${city} p
    cross join lateral (values
      ('created', 'member', '委员', p.created_at, true),
      ('submit', 'member', '委员', p.listed_at, p.status <> 'draft'),
      ('withdraw', 'member', '委员', p.listed_at + interval '2 days', p.status = 'withdrawn'),
      ('startReview', 'admin', '提案委', p.listed_at + interval '3 days', p.status not in ('draft', 'submitted', 'withdrawn')),
      ('returnForRevision', 'admin', '提案委', p.listed_at + interval '5 days', p.status = 'returned'),
      ('notFile', 'admin', '提案委', ${letterSent("p.submitted_on + 10")}, p.status = 'notFiled'),
      ('file', 'admin', '提案委', ${letterSent("p.filed_on")}, p.filed_on is not null),
      ('assign', 'admin', '提案委', ${letterSent("(p.state->'assignment'->>'assignedOn')::date")}, jsonb_typeof(p.state->'assignment') = 'object'),
      ('returnAssignment', 'handler', '承办单位', ${letterSent("(p.state->'assignmentReturn'->>'returnedOn')::date")}, p.status = 'assignmentReturned'),
      ('reply', 'handler', '承办单位', ${letterSent("(p.state->'replies'->0->>'repliedOn')::date")}, jsonb_array_length(p.state->'replies') > 0),
      ('evaluate', 'member', '委员', ${letterSent("(p.state->'evaluation'->>'evaluatedOn')::date")}, jsonb_typeof(p.state->'evaluation') = 'object'),
      ('close', 'admin', '提案委', p.updated_at, p.status = 'closed')
    ) as e(type, role, name, at, happened)
    where e.happened
    order by e.at`);
  await sql.unsafe(`
    insert into proposal_serial (council_id, session_id, last_serial)
    select council_id, session_id, max(serial) from ${city} p where serial is not null group by council_id, session_id
    on conflict (council_id, session_id) do update set last_serial = excluded.last_serial`);
}

/** Tables with foreign keys to `table`, directly or through each other, each listed after those it references. */
async function referencingTables(sql: Sql, table: string): Promise<string[]> {
  const rows = await sql<{ name: string; refs: string[] }[]>`
    with recursive dep(oid) as (
      select conrelid from pg_constraint where contype = 'f' and confrelid = ${table}::regclass and conrelid <> confrelid
      union
      select c.conrelid from pg_constraint c join dep on c.confrelid = dep.oid where c.contype = 'f'
    )
    select oid::regclass::text as name,
      array(select confrelid::regclass::text from pg_constraint where conrelid = dep.oid and contype = 'f') as refs
    from dep`;
  const ordered: string[] = [];
  const pending = [...rows];
  while (pending.length > 0) {
    const next = pending.findIndex((r) => r.refs.every((ref) => ref === r.name || ref === table || ordered.includes(ref) || !rows.some((x) => x.name === ref)));
    if (next < 0) throw new Error(`foreign keys among ${pending.map((r) => r.name).join(", ")} form a cycle`);
    ordered.push(pending.splice(next, 1)[0]!.name);
  }
  return ordered;
}

/** Indexes and unique constraints of a table other than its primary key: dropped for a bulk load, rebuilt after. */
export type IndexDef = { name: string; table: string; definition: string; constraint: string | null };

export async function readIndexes(sql: Sql, tables: readonly string[]): Promise<IndexDef[]> {
  return sql<IndexDef[]>`
    select i.relname as name, t.relname as "table", pg_get_indexdef(i.oid) as definition,
      case when c.contype = 'u' then pg_get_constraintdef(c.oid) end as constraint
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    left join pg_constraint c on c.conindid = i.oid and c.conrelid = t.oid
    where t.relname in ${sql(tables)} and t.relnamespace = 'public'::regnamespace and not x.indisprimary
    order by t.relname, i.relname`;
}

/**
 * One INSERT of the national load: the proposals of session `s` in slots [from, to] of the
 * generated councils of one stream (n % streams), the city's own rows (from bench_city_copy) in
 * their slots among them in stream 0, and the assignments of the generated ones (the city's come
 * back from its kept rows).
 */
export function nationalBatch(slots: Slots, s: number, from: number, to: number, cityId: string, stream: number, streams: number): string {
  const councils = `(select * from bench_gen_council where n % ${streams} = ${stream})`;
  const city = stream === 0 ? `union all select ${columnList} from bench_city_copy cc where cc.session_number = ${s} and cc.k = k.k` : "";
  return `
    with inserted as (
      insert into proposal (${columnList}) ${proposalSelect(councils, slots, s, from, to, city)}
      returning id, council_id, state
    ), assigned as (
      insert into proposal_assignment (${assignmentColumns}) ${assignmentSelect("inserted", `p.council_id <> '${cityId}'`)}
      returning 1
    )
    select (select count(*)::int from inserted where council_id <> '${cityId}') as proposals, (select count(*)::int from assigned) as assignments`;
}

/** Connections writing at once: the load and the index builds are CPU-bound, and the machine has two cores. */
const streams = 2;

/**
 * ~`scale.proposals` proposals in ~`scale.councils` councils (31 provinces, 333 cities, the rest
 * counties, in that proportion; a province receives twice as many as a county, a city 1.4×)
 * around the demo city, each council with its term, five sessions and the city's handling units.
 *
 * Written slot by slot (see sessionSlots) for all councils in turn, so that a council's proposals
 * lie scattered over the table as after years of use. The city's own rows are taken out first and
 * written back into their slots among the others, with the same ids and contents. For the load,
 * the indexes other than the primary keys are dropped and rebuilt after from their definitions
 * (the rebuilt set is checked to equal the dropped one), and the writing connections skip
 * foreign-key triggers (session_replication_role = replica, when the role may set it; the
 * council, session and unit ids every row takes are checked beforehand). Then VACUUM ANALYZE,
 * as autovacuum would have run by the time anyone measured.
 */
export async function generateNational(
  databaseUrl: string,
  cityId: string,
  scale: Scale,
  progress: (line: string) => void,
): Promise<NationalData> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  // The setup connection keeps its temp tables; the bench_ staging tables are seen by the writers too.
  const sql = connect(databaseUrl);
  const writers = Array.from({ length: streams }, () => connect(databaseUrl));
  try {
    await sql`set work_mem = '64MB'`;
    const provinces = Math.max(1, Math.round((scale.councils * 31) / 3000));
    const cities = Math.max(1, Math.round((scale.councils * 333) / 3000));
    const counties = Math.max(1, scale.councils - provinces - cities);
    const total = provinces + cities + counties;
    const countyPerSession = scale.proposals / 5 / (provinces * 2 + cities * 1.4 + counties);
    const [top] = await sql<{ id: string }[]>`select id from council where level = 'national' order by created_at limit 1`;
    if (!top) throw new Error("the demo's national council was not found");

    progress(`${total.toLocaleString("en-US")} councils (${provinces} provinces, ${cities} cities, ${counties} counties) with terms, sessions and handling units`);
    await sql`
      create unlogged table bench_gen_council as
      select n, level, gen_random_uuid() as id, gen_random_uuid() as term_id,
        case level when 'province' then null when 'city' then 1 + (n - ${provinces} - 1) % ${provinces}
          else ${provinces} + 1 + (n - ${provinces} - ${cities} - 1) % ${cities} end as parent_n,
        array(select round(${countyPerSession} * case level when 'province' then 2 when 'city' then 1.4 else 1 end
          * (0.8 + 0.4 * (abs(hashint4(n * 8 + s)) % 1000) / 1000.0))::int from generate_series(1, 5) s) as per_session,
        array(select make_date(2021 + s, 1, 5) + (n % 7) from generate_series(1, 5) s) as starts,
        array[]::uuid[] as sessions, array[]::uuid[] as units,
        array[]::uuid[] as members, array[]::uuid[] as member_sectors, array[]::uuid[] as member_groups,
        array[]::uuid[] as parties, array[]::uuid[] as sectors, array[]::uuid[] as groups, array[]::uuid[] as committees
      from (select n, case when n <= ${provinces} then 'province' when n <= ${provinces + cities} then 'city' else 'county' end as level
            from generate_series(1, ${total}) n) s`;
    await sql`alter table bench_gen_council add primary key (n)`;
    await sql`
      insert into council (id, name, level, parent_id, rule_set)
      select g.id, '政协基准' || case g.level when 'province' then '省' when 'city' then '市' else '县' end || lpad(g.n::text, 4, '0') || '委员会',
        g.level, coalesce(p.id, ${top.id}::uuid), (select rule_set from council where id = ${cityId})
      from bench_gen_council g left join bench_gen_council p on p.n = g.parent_n order by g.n`;
    await sql`insert into term (id, council_id, number, start_date, end_date)
      select term_id, id, ${termNumber}, starts[1], starts[1] + interval '5 years' - interval '1 day' from bench_gen_council`;
    await sql`create temp table gen_session as select g.n, s, gen_random_uuid() as id from bench_gen_council g, generate_series(1, 5) s`;
    await sql`insert into term_session (id, council_id, term_id, number, start_date, end_date)
      select x.id, g.id, g.term_id, x.s, g.starts[x.s], g.starts[x.s] + 3 from gen_session x join bench_gen_council g on g.n = x.n order by x.n, x.s`;
    // The demo city's departments, in every council.
    await sql`create temp table gen_unit as
      select g.n, u.sort_order, u.name, u.short_name, gen_random_uuid() as id
      from bench_gen_council g cross join handling_unit u where u.council_id = ${cityId} and u.active`;
    await sql`insert into handling_unit (id, council_id, name, short_name, sort_order)
      select x.id, g.id, x.name, x.short_name, x.sort_order from gen_unit x join bench_gen_council g on g.n = x.n order by x.n, x.sort_order`;
    await sql`update bench_gen_council g set sessions = x.ids
      from (select n, array_agg(id order by s) as ids from gen_session group by n) x where x.n = g.n`;
    await sql`update bench_gen_council g set units = x.ids
      from (select n, array_agg(id order by sort_order) as ids from gen_unit group by n) x where x.n = g.n`;
    const [planned] = await sql<{ n: number }[]>`select sum(v)::int as n from bench_gen_council, unnest(per_session) v`;

    // Take the city's rows out (keeping them and what references them), to write them back among the others.
    const slots = sessionSlots();
    await sql.unsafe(`
      create unlogged table bench_city_copy as
      select ${proposalColumns.map((c) => `p.${c}`).join(", ")}, ts.number as session_number,
        coalesce((select max(o - 1)::int from unnest(array[${slots.start.join(",")}]::int[]) with ordinality as s(m, o)
          where s.m <= extract(epoch from (p.listed_at - (ts.start_date::timestamp at time zone 'Asia/Shanghai'))) / 60), 0) as k
      from proposal p join term_session ts on ts.id = p.session_id where p.council_id = '${cityId}'`);
    await sql.unsafe(`create index on bench_city_copy (session_number, k)`);
    // The tables whose rows reference proposals (and those referencing them), each after what it references.
    const dependents = await referencingTables(sql, "proposal");
    for (const table of dependents) await sql.unsafe(`create temp table keep_${table} as select * from ${table}`);
    const [cityRows] = await sql<{ n: number }[]>`select count(*)::int as n from bench_city_copy`;
    // TRUNCATE, not DELETE: no dead rows for VACUUM to chase through every index afterwards.
    // (The national server is up but idle; it holds no lock on these tables.)
    await sql.unsafe(`truncate proposal, ${dependents.join(", ")}`);

    const indexes = await readIndexes(sql, ["proposal", "proposal_assignment"]);
    progress(`dropping ${indexes.length} indexes for the load (rebuilt after): ${indexes.map((i) => i.name).join(", ")}`);
    for (const index of indexes) {
      await sql.unsafe(index.constraint ? `alter table ${index.table} drop constraint ${index.name}` : `drop index ${index.name}`);
    }

    // What the foreign-key triggers skipped below would check: every generated row takes its
    // council, session and handling units from these arrays, so checking them checks the rows.
    const [broken] = await sql<{ n: number }[]>`
      select count(*)::int as n from bench_gen_council g
      where cardinality(g.sessions) <> 5 or cardinality(g.units) < 2
        or exists (select from unnest(g.sessions) s(id) where not exists (select from term_session t where t.id = s.id and t.council_id = g.id))
        or exists (select from unnest(g.units) u(id) where not exists (select from handling_unit h where h.id = u.id and h.council_id = g.id))`;
    if (broken?.n) throw new Error(`${broken.n} generated councils lack their sessions or handling units`);
    await Promise.all(writers.map((w) => w`set work_mem = '64MB'`));
    const skipTriggers = await Promise.all(
      writers.map((w) => w`set session_replication_role = replica`.then(() => true, () => false)),
    );
    const batchesPerSession = Math.max(1, Math.round((planned?.n ?? 0) / 5 / rowsPerBatch));
    const batches = [1, 2, 3, 4, 5].flatMap((s) => slotBatches(slots, batchesPerSession).map(([from, to]) => ({ s, from, to })));
    progress(
      `${(planned?.n ?? 0).toLocaleString("en-US")} proposals to write in ${batches.length} slot ranges by ${streams} connections` +
        (skipTriggers.every(Boolean) ? ", foreign-key triggers off (the ids they would check were checked)" : ", with foreign-key triggers (the role may not turn them off)"),
    );
    let proposals = 0;
    let assignments = 0;
    let done = 0;
    await Promise.all(
      writers.map(async (w, stream) => {
        for (const { s, from, to } of batches) {
          const [row] = await w.unsafe<{ proposals: number; assignments: number }[]>(nationalBatch(slots, s, from, to, cityId, stream, streams));
          proposals += row?.proposals ?? 0;
          assignments += row?.assignments ?? 0;
          if (++done % streams === 0) {
            progress(`session ${s}, slots ${from}–${to} written: ${proposals.toLocaleString("en-US")} proposals, ${assignments.toLocaleString("en-US")} assignments so far (${elapsed()})`);
          }
        }
      }),
    );
    const [back] = await sql<{ n: number }[]>`select count(*)::int as n from proposal where council_id = ${cityId}`;
    if (back?.n !== cityRows?.n) throw new Error(`the city's ${cityRows?.n} proposals came back as ${back?.n}`);
    for (const table of dependents) await sql.unsafe(`insert into ${table} select * from keep_${table}`);
    await sql`
      insert into proposal_serial (council_id, session_id, last_serial)
      select g.id, g.sessions[x.s], g.per_session[x.s] from bench_gen_council g cross join generate_series(1, 5) x(s)
      on conflict (council_id, session_id) do nothing`;

    // The trigram index takes longest: it builds on one connection while the others build on the
    // second. Unique constraints are built as their index first (CREATE INDEX locks out writes only,
    // so the builds run side by side) and take the index over once all are built.
    const indexStarted = Date.now();
    const longest = indexes.filter((i) => i.name === "proposal_text_pairs_idx");
    const rest = indexes.filter((i) => i.name !== "proposal_text_pairs_idx");
    await Promise.all(
      [longest, rest].map(async (group, g) => {
        const conn = writers[g] ?? sql;
        // The trigram build keeps its entries in memory until this fills, then merges them in.
        await conn.unsafe(`set maintenance_work_mem = '${g === 0 ? "2GB" : "1GB"}'`);
        for (const index of group) {
          const one = Date.now();
          await conn.unsafe(index.definition);
          progress(`rebuilt ${index.name} (${((Date.now() - one) / 1000).toFixed(1)} s; ${elapsed()})`);
        }
      }),
    );
    for (const index of indexes.filter((i) => i.constraint)) {
      await sql.unsafe(`alter table ${index.table} add constraint ${index.name} ${index.constraint?.split(" (")[0]} using index ${index.name}`);
    }
    const rebuilt = await readIndexes(sql, ["proposal", "proposal_assignment"]);
    const key = (list: IndexDef[]) => list.map((i) => `${i.definition} ${i.constraint ?? ""}`).sort();
    if (JSON.stringify(key(indexes)) !== JSON.stringify(key(rebuilt))) {
      throw new Error(`the indexes rebuilt differ from those dropped:\n${key(indexes).join("\n")}\n---\n${key(rebuilt).join("\n")}`);
    }
    const indexSeconds = (Date.now() - indexStarted) / 1000;

    progress(`VACUUM ANALYZE (autovacuum is off on this server; a live one would have run by now) (${elapsed()})`);
    const vacuumStarted = Date.now();
    await sql.unsafe("drop table bench_gen_council, bench_city_copy");
    await sql.unsafe(`vacuum (analyze) council, term, term_session, handling_unit, proposal, proposal_serial, ${dependents.join(", ")}`);
    const vacuumSeconds = (Date.now() - vacuumStarted) / 1000;

    const [counts] = await sql<{ proposals: number; assignments: number }[]>`
      select (select count(*)::int from proposal) as proposals, (select count(*)::int from proposal_assignment) as assignments`;
    const sizes = await sql<{ relation: string; mib: number }[]>`
      select c.relname as relation, round(pg_total_relation_size(c.oid) / 1048576.0)::int as mib
      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'i') and c.relname like 'proposal%'
        and pg_total_relation_size(c.oid) > 8 * 1048576
      order by pg_total_relation_size(c.oid) desc`;
    return {
      councils: total,
      proposals,
      assignments,
      tableProposals: counts?.proposals ?? 0,
      tableAssignments: counts?.assignments ?? 0,
      seconds: (Date.now() - started) / 1000,
      indexSeconds,
      vacuumSeconds,
      sizes,
    };
  } finally {
    await Promise.all(writers.map((w) => w.end({ timeout: 5 })));
    await sql.end({ timeout: 5 });
  }
}
