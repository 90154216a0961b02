import postgres from "postgres";
import { namePool } from "./names";

export type Scale = { councils: number; members: number };

export type Generated = {
  councils: number;
  members: number;
  memberships: number;
  seconds: number;
  /** A generated county of about the city's size, for measuring away from the demo city. */
  sampleCouncil: { id: string; name: string; members: number };
};

// The 34 sectors of the national committee; a county seats the first 25, a city 30.
const sectorNames = [
  "中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "无党派人士",
  "共青团", "工会", "妇联", "青联", "工商联", "科协", "台联", "侨联", "文化艺术界", "科学技术界",
  "社会科学界", "经济界", "农业界", "教育界", "体育界", "新闻出版界", "医药卫生界", "对外友好界",
  "社会福利和社会保障界", "少数民族界", "宗教界", "特邀香港人士", "特邀澳门人士", "特别邀请人士",
];
const committeeNames = [
  "提案委员会", "经济委员会", "农业和农村委员会", "人口资源环境委员会", "教科卫体委员会",
  "社会和法制委员会", "民族宗教委员会", "港澳台侨和外事委员会", "文化文史和学习委员会",
];
// The party a member of the first ten sectors belongs to; later sectors mix cpc / none / nonParty.
const partyBySector = ["cpc", "rckmt", "cdl", "cndca", "capd", "pwdp", "zhigong", "jiusan", "tdsl", "nonParty"];
const minorities = ["回族", "壮族", "满族", "蒙古族", "苗族", "土家族", "藏族", "维吾尔族", "彝族", "畲族"];
const employers = ["市人民医院", "第一中学", "农商银行", "市场监管局", "科技有限公司", "律师事务所", "街道办事处", "文联", "工商联", "农业合作社", "职业技术学院", "建设集团"];
const titles = ["主任", "院长", "校长", "总经理", "副局长", "副主席", "教师", "主任医师", "董事长", "会长"];

const namePoolSize = 40_000;
/** Councils per batch: each batch is one INSERT … SELECT for members and one for memberships. */
const batches = 10;

/**
 * A national roster generated in SQL around the demo city, which is left as it was: `councils`
 * new councils (31 provinces, 333 cities and the rest counties, in that proportion) under the
 * demo's national council, each with a term, sectors, committees, townships with their groups,
 * and `members` members in all (province ≈ 700, city ≈ 420, counties the rest), every member
 * with a current sector, committee and group membership, some with a second committee, some
 * with a closed committee (moved mid-term), 1 % withdrawn with their places closed. Names come
 * from a pool whose pinyin the app's own functions computed. Deterministic apart from the ids.
 */
export async function generateNationalRoster(
  databaseUrl: string,
  city: { councilId: string },
  scale: Scale,
  progress: (line: string) => void,
): Promise<Generated> {
  const started = Date.now();
  // One connection: the temp tables live in its session.
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const provinces = Math.max(1, Math.round((scale.councils * 31) / 3000));
    const cities = Math.max(1, Math.round((scale.councils * 333) / 3000));
    const counties = Math.max(1, scale.councils - provinces - cities);
    const countySize = Math.max(20, Math.round((scale.members - provinces * 700 - cities * 420) / counties));
    const [national] = await sql<{ id: string }[]>`select parent.id from council parent
      join council c on c.parent_id = parent.id join council city on city.parent_id = c.id and city.id = ${city.councilId}`;
    const [top] = national
      ? await sql<{ id: string }[]>`select parent_id as id from council where id = ${national.id}`
      : [];
    if (!top?.id) throw new Error("the demo chain of councils (national → province → city → county) was not found");
    const nationalId = top.id;

    progress(`name pool: ${namePoolSize} names with their pinyin`);
    const pool = namePool(namePoolSize);
    await sql`create temp table gen_name (idx int primary key, name text not null, initials text not null, pinyin text not null)`;
    await sql`insert into gen_name select i - 1, n, a, p from unnest(${pool.names}::text[], ${pool.initials}::text[], ${pool.pinyin}::text[]) with ordinality as t(n, a, p, i)`;

    // Councils: provinces first, then cities (each under a province), then counties (each under a city).
    await sql`
      create temp table gen_council as
      select n, level, gen_random_uuid() as id, gen_random_uuid() as term_id,
        case level when 'province' then null when 'city' then 1 + (n - ${provinces} - 1) % ${provinces}
          else ${provinces} + 1 + (n - ${provinces} - ${cities} - 1) % ${cities} end as parent_n,
        round((case level when 'province' then 700 when 'city' then 420 else ${countySize} end)
          * (0.7 + 0.6 * ((n * 0.6180339887) - floor(n * 0.6180339887))))::int as members,
        case level when 'province' then 34 when 'city' then 30 else 25 end as n_sectors,
        case level when 'province' then 16 when 'city' then 12 else 10 end as n_townships
      from (select n, case when n <= ${provinces} then 'province' when n <= ${provinces + cities} then 'city' else 'county' end as level
            from generate_series(1, ${provinces + cities + counties}) n) s`;
    await sql`alter table gen_council add primary key (n)`;
    await sql`alter table gen_council add column first_serial int`;
    await sql`update gen_council g set first_serial = s.first from
      (select n, (sum(members) over (order by n) - members)::int as first from gen_council) s where s.n = g.n`;
    await sql`
      insert into council (id, name, level, parent_id, rule_set)
      select g.id,
        '政协基准' || case g.level when 'province' then '省' when 'city' then '市' else '县' end || lpad(g.n::text, 4, '0') || '委员会',
        g.level, coalesce(p.id, ${nationalId}::uuid), (select rule_set from council where id = ${city.councilId})
      from gen_council g left join gen_council p on p.n = g.parent_n order by g.n`;
    await sql`insert into term (id, council_id, number, start_date, end_date)
      select term_id, id, 13, date '2022-01-01', date '2027-01-01' from gen_council`;
    await sql`insert into term_session (council_id, term_id, number, start_date, end_date)
      select id, term_id, s, make_date(2021 + s, 1, 5), make_date(2021 + s, 1, 8) from gen_council, generate_series(1, 4) s`;

    progress(`${provinces + cities + counties} councils; sectors, committees, townships and groups`);
    await sql`create temp table gen_sector as select g.n as council_n, k, gen_random_uuid() as id
      from gen_council g, generate_series(1, g.n_sectors) k`;
    await sql`alter table gen_sector add primary key (council_n, k)`;
    await sql`insert into sector (id, council_id, name, sort_order, group_number, group_name)
      select s.id, g.id, (${sectorNames}::text[])[s.k], s.k, s.k, (${sectorNames}::text[])[s.k]
      from gen_sector s join gen_council g on g.n = s.council_n order by s.council_n, s.k`;
    await sql`create temp table gen_committee as select g.n as council_n, k, gen_random_uuid() as id
      from gen_council g, generate_series(1, ${committeeNames.length}) k`;
    await sql`alter table gen_committee add primary key (council_n, k)`;
    await sql`insert into committee (id, council_id, name, sort_order)
      select c.id, g.id, (${committeeNames}::text[])[c.k], c.k
      from gen_committee c join gen_council g on g.n = c.council_n order by c.council_n, c.k`;
    await sql`create temp table gen_group as select g.n as council_n, k, gen_random_uuid() as township_id, gen_random_uuid() as id
      from gen_council g, generate_series(1, g.n_townships) k`;
    await sql`alter table gen_group add primary key (council_n, k)`;
    await sql`insert into township (id, council_id, name, kind, sort_order)
      select t.township_id, g.id, '第' || t.k || case when t.k <= 3 then '街道' else '镇' end,
        case when t.k <= 3 then 'street' else 'town' end, t.k
      from gen_group t join gen_council g on g.n = t.council_n order by t.council_n, t.k`;
    await sql`insert into township_group (id, council_id, township_id, name)
      select t.id, g.id, t.township_id, '第' || t.k || case when t.k <= 3 then '街道' else '镇' end || '委员小组'
      from gen_group t join gen_council g on g.n = t.council_n order by t.council_n, t.k`;
    await sql`insert into sector_pairing (council_id, sector_id, township_group_id)
      select g.id, s.id, t.id from gen_group t join gen_council g on g.n = t.council_n
      join gen_sector s on s.council_n = t.council_n and s.k = 1 + (t.k * 3) % g.n_sectors`;

    // Members: every pseudo-random choice is a hash of the member's serial number with a salt.
    await sql`
      create temp table gen_member as
      select gen_random_uuid() as id, g.n as council_n, i, g.first_serial + i as serial,
        (abs(hashint4((g.first_serial + i) * 16 + 1)::bigint) % ${pool.names.length})::int as name_idx,
        1 + (abs(hashint4((g.first_serial + i) * 16 + 2)::bigint) % g.n_sectors)::int as sector_k,
        1 + (abs(hashint4((g.first_serial + i) * 16 + 3)::bigint) % ${committeeNames.length})::int as committee_k,
        1 + (abs(hashint4((g.first_serial + i) * 16 + 4)::bigint) % g.n_townships)::int as group_k,
        (abs(hashint4((g.first_serial + i) * 16 + 5)::bigint) % 1000)::int as h
      from gen_council g, generate_series(1, g.members) i`;
    await sql`alter table gen_member add primary key (council_n, i)`;
    const [totals] = await sql<{ members: number }[]>`select count(*)::int as members from gen_member`;
    progress(`${totals!.members.toLocaleString("en-US")} members to insert in ${batches} batches`);

    const total = provinces + cities + counties;
    let memberships = 0;
    for (let b = 0; b < batches; b++) {
      const from = Math.floor((total * b) / batches) + 1;
      const to = Math.floor((total * (b + 1)) / batches);
      const batchStarted = Date.now();
      const inserted = await sql`
        insert into member (id, council_id, term_id, name, name_initials, name_pinyin, gender, birth_date, ethnicity,
          party_affiliation, employer_and_title, phone, post, status, withdrawn_on, withdrawal_reason, sector_id, township_group_id)
        select m.id, g.id, g.term_id, p.name, p.initials, p.pinyin,
          case when m.h % 10 < 7 then 'male' else 'female' end,
          date '1955-01-01' + (m.h * 13 + m.i) % 12000,
          case when m.h % 100 < 92 then '汉族' else (${minorities}::text[])[1 + m.h % ${minorities.length}] end,
          case when m.sector_k <= 10 then (${partyBySector}::text[])[m.sector_k]
            when m.h % 100 < 50 then 'cpc' when m.h % 100 < 88 then 'none' else 'nonParty' end,
          (${employers}::text[])[1 + m.h % ${employers.length}] || (${titles}::text[])[1 + (m.h / 7) % ${titles.length}],
          '13' || lpad(m.serial::text, 9, '0'),
          case when m.i = 1 then 'chair' when m.i <= 5 then 'viceChair' when m.i = 6 then 'secretaryGeneral'
            when m.i <= 6 + g.members / 8 then 'standing' else 'member' end,
          case when m.h % 100 = 7 then 'withdrawn' else 'active' end,
          case when m.h % 100 = 7 then date '2024-03-01' end,
          case when m.h % 100 = 7 then '工作调动' end,
          s.id, t.id
        from gen_member m
        join gen_council g on g.n = m.council_n
        join gen_name p on p.idx = m.name_idx
        join gen_sector s on s.council_n = m.council_n and s.k = m.sector_k
        join gen_group t on t.council_n = m.council_n and t.k = m.group_k
        where m.council_n between ${from} and ${to}`;
      // Current places (closed at withdrawal); 10 % sit on a second committee; 1 in 30 moved
      // committee in mid-term and keep the closed row.
      const places = await sql`
        insert into membership (council_id, member_id, kind, target_id, start_date, end_date)
        select g.id, m.id, x.kind, x.target_id, x.start_date, x.end_date
        from gen_member m
        join gen_council g on g.n = m.council_n
        join gen_sector s on s.council_n = m.council_n and s.k = m.sector_k
        join gen_group t on t.council_n = m.council_n and t.k = m.group_k
        join gen_committee c on c.council_n = m.council_n and c.k = m.committee_k
        join gen_committee c2 on c2.council_n = m.council_n and c2.k = 1 + (m.committee_k + m.h % 8) % ${committeeNames.length}
        cross join lateral (values
          ('sector', s.id, date '2022-01-05', case when m.h % 100 = 7 then date '2024-03-01' end),
          ('townshipGroup', t.id, date '2022-01-05', case when m.h % 100 = 7 then date '2024-03-01' end),
          ('committee', c.id, case when m.h % 30 = 1 then date '2023-06-01' else date '2022-01-05' end,
            case when m.h % 100 = 7 then date '2024-03-01' end),
          ('committee', case when m.h % 10 = 3 or m.h % 30 = 1 then c2.id end, date '2022-01-05',
            case when m.h % 30 = 1 then date '2023-06-01' when m.h % 100 = 7 then date '2024-03-01' end)
        ) as x(kind, target_id, start_date, end_date)
        where m.council_n between ${from} and ${to} and x.target_id is not null`;
      memberships += places.count;
      progress(`batch ${b + 1}/${batches}: councils ${from}–${to}, ${inserted.count.toLocaleString("en-US")} members, ${places.count.toLocaleString("en-US")} memberships (${((Date.now() - batchStarted) / 1000).toFixed(1)} s)`);
    }

    // A county of about the city's size, for a third set of figures.
    const [sample] = await sql<{ id: string; name: string; members: number }[]>`
      select c.id, c.name, g.members from gen_council g join council c on c.id = g.id
      where g.level = 'county' order by abs(g.members - 300), g.n limit 1`;

    progress("VACUUM ANALYZE (as autovacuum would have by now)");
    await sql.unsafe("vacuum (analyze) council, term, term_session, sector, committee, township, township_group, sector_pairing, member, membership");
    return { councils: total, members: totals!.members, memberships, seconds: (Date.now() - started) / 1000, sampleCouncil: sample! };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
