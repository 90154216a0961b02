import { achievements, actions, concerns, endings, measures, places, problems, topics } from "./words";

// The SQL that writes proposals the way the services leave them (the columns lists filter on,
// the whole workflow `state`, the number 13-2-015 and its serial), one INSERT … SELECT at a time,
// for the demo city and for the generated councils alike. Every pseudo-random choice is a hash
// of the proposal's seed (council, session, serial), so a run generates the same data.

/** The term every council is in (2022–2027), as the demo city's. */
export const termNumber = 13;

/**
 * When proposals of a session are submitted, as slots from the session's first day: 65 % in
 * the week of the plenary session (hourly, office hours, most on its first days), the rest one
 * day at a time over the year (平时提案). Rows are generated slot by slot for all councils in
 * turn, so one council's proposals lie scattered over the table as they would after years of
 * use, not side by side.
 */
export type Slots = { start: number[]; length: number[]; cdf: number[] };

export function sessionSlots(): Slots {
  const start: number[] = [];
  const length: number[] = [];
  const weight: number[] = [];
  const weekDays = [0.25, 0.25, 0.2, 0.12, 0.06, 0.06, 0.06];
  weekDays.forEach((share, day) => {
    for (let hour = 8; hour < 22; hour++) {
      start.push(day * 1440 + hour * 60);
      length.push(60);
      weight.push((0.65 * share) / 14);
    }
  });
  const tailDays = 290;
  for (let day = 7; day < 7 + tailDays; day++) {
    start.push(day * 1440 + 8 * 60);
    length.push(13 * 60);
    weight.push(0.35 / tailDays);
  }
  const total = weight.reduce((a, b) => a + b, 0);
  const cdf = [0];
  for (const w of weight) cdf.push(Math.min(1, (cdf.at(-1) ?? 0) + w / total));
  cdf[cdf.length - 1] = 1;
  return { start, length, cdf };
}

/** Slot ranges [from, to] (0-based, inclusive) holding about equal shares of a session's rows. */
export function slotBatches(slots: Slots, batches: number): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let b = 1; b <= batches && from < slots.start.length; b++) {
    let to = from;
    while (to < slots.start.length - 1 && (slots.cdf[to + 1] ?? 1) < b / batches) to++;
    if (b === batches) to = slots.start.length - 1;
    ranges.push([from, to]);
    from = to + 1;
  }
  return ranges;
}

const literal = (words: readonly string[]) => {
  for (const w of words) if (/['\\]/.test(w)) throw new Error(`word ${w} would need quoting`);
  return `array[${words.map((w) => `'${w}'`).join(",")}]::text[]`;
};
const numbers = (values: readonly number[], type: "int" | "float8") => `array[${values.map((v) => String(v)).join(",")}]::${type}[]`;

/** Status by session (permille): old sessions are closed; the latest is being handled. */
const statusMix: Record<number, [string, number][]> = {
  1: [["withdrawn", 15], ["notFiled", 75], ["closed", 880], ["evaluated", 30]],
  2: [["withdrawn", 15], ["notFiled", 75], ["closed", 870], ["evaluated", 40]],
  3: [["withdrawn", 15], ["notFiled", 70], ["closed", 820], ["evaluated", 80], ["rehandling", 5], ["replied", 10]],
  4: [["withdrawn", 15], ["notFiled", 75], ["closed", 550], ["evaluated", 150], ["replied", 120], ["rehandling", 20], ["assigned", 70]],
  5: [
    ["draft", 30], ["withdrawn", 15], ["notFiled", 60], ["closed", 60], ["evaluated", 90], ["replied", 240], ["rehandling", 15],
    ["assigned", 340], ["assignmentReturned", 10], ["filed", 40], ["underReview", 40], ["submitted", 50], ["returned", 10],
  ],
};

function statusCase(session: number): string {
  const mix = statusMix[Math.min(5, Math.max(1, session))]!;
  let upTo = 0;
  const arms = mix.map(([status, permille]) => {
    upTo += permille;
    return `when h.h3 % 1000 < ${upTo} then '${status}'`;
  });
  if (upTo !== 1000) throw new Error(`status mix of session ${session} adds up to ${upTo}‰`);
  return `case ${arms.join(" ")} end`;
}

const filedLike = `('filed','assigned','assignmentReturned','replied','rehandling','evaluated','closed')`;
const assignedLike = `('assigned','assignmentReturned','replied','rehandling','evaluated','closed')`;
const repliedLike = `('replied','rehandling','evaluated','closed')`;

/** Transitions behind each status (the row's version counts them). */
const versionCase = `case a.st when 'draft' then 1 when 'submitted' then 2 when 'underReview' then 3 when 'returned' then 4
  when 'withdrawn' then 3 when 'notFiled' then 4 when 'filed' then 4 when 'assigned' then 5 when 'assignmentReturned' then 6
  when 'replied' then 7 when 'rehandling' then 8 when 'evaluated' then 8 else 9 end`;

export const proposalColumns = [
  "id", "council_id", "session_id", "proposer_kind", "lead_member_id", "proposer_body_id", "sector_id", "committee_id",
  "township_group_id", "title", "situation", "suggestions", "category", "is_livelihood", "status", "number", "serial",
  "submitted_on", "filed_on", "due_on", "merge_group_id", "is_key", "state", "created_by_account_id", "request_id",
  "listed_at", "version", "created_at", "updated_at",
] as const;

/**
 * The proposals of session `session` in slots [from, to] of every council in `councils` (a table
 * or a subquery): `select <proposalColumns>` ordered by slot, then council. It has per council: n (a
 * number, 0 for the demo city), id, sessions uuid[] and starts date[] (per session number),
 * per_session int[] (how many each session gets), units uuid[] (handling units), and for the
 * demo city its members (with their sectors and township groups) and bodies to propose from.
 */
export function proposalSelect(councils: string, slots: Slots, session: number, from: number, to: number, extra = ""): string {
  const nt = topics.length;
  const [na, np, ne] = [actions.length, places.length, endings.length];
  const [nc, nach, npr, nm] = [concerns.length, achievements.length, problems.length, measures.length];
  const T = literal(topics.map((t) => t[0]));
  const cdf = numbers(slots.cdf, "float8");
  const pick = (arr: string, idx: string) => `(${arr})[1 + (${idx})]`;
  // Three different entries of a list of n from one hash.
  const three = (arr: string, n: number, h: string) => {
    const first = `${h} % ${n}`;
    const second = `(${first} + 1 + (${h} / ${n}) % ${n - 1}) % ${n}`;
    const third = `(${second} + 1 + (${h} / ${n * n}) % ${n - 2}) % ${n}`;
    return [pick(arr, first), pick(arr, second), pick(arr, third)];
  };
  const [p1, p2, p3] = three(literal(problems), npr, "h.h9");
  const [m1, m2, m3] = three(literal(measures), nm, "h.h10");
  const place = pick(literal(places), `(h.h2 / ${na}) % ${np}`);
  const topic = `(${T})[a.t]`;
  // A collective proposer of the kind drawn, when the council has such bodies (the demo city does).
  const body = (list: string) => `c.${list}[1 + h.h4 % nullif(cardinality(c.${list}), 0)]`;
  return `
select r.* from generate_series(${from}, ${to}) k
cross join lateral (
  select
    gen_random_uuid() as id, c.id as council_id, c.sessions[${session}] as session_id, a.kind as proposer_kind,
    case when a.kind in ('member', 'joint') then c.members[a.mi] end as lead_member_id,
    case a.kind when 'participatingUnit' then ${body("parties")} when 'sector' then ${body("sectors")}
      when 'townshipGroup' then ${body("groups")} when 'committee' then ${body("committees")} end as proposer_body_id,
    case when a.kind in ('member', 'joint') then c.member_sectors[a.mi] when a.kind = 'sector' then ${body("sectors")} end as sector_id,
    case when a.kind = 'committee' then ${body("committees")} end as committee_id,
    case when a.kind in ('member', 'joint') then c.member_groups[a.mi] when a.kind = 'townshipGroup' then ${body("groups")} end as township_group_id,
    '关于' || ${pick(literal(actions), `h.h2 % ${na}`)} || ${place} || ${topic} || ${pick(literal(endings), `(h.h2 / ${na * np}) % ${ne}`)} as title,
    ${topic} || '是' || ${pick(literal(concerns), `h.h10 % ${nc}`)} || '。近年来，' || ${place} || ${topic} || '工作取得了一定成效，'
      || ${pick(literal(achievements), `(h.h2 / ${na * np * ne}) % ${nach}`)} || '。但从调研情况看，仍存在一些问题：一是' || ${p1} || '；二是' || ${p2}
      || '；三是' || ${p3} || '。' as situation,
    '为此建议：一是' || ${m1} || '；二是' || ${m2} || '；三是' || ${m3} || '。' as suggestions,
    (${literal(topics.map((t) => t[1]))})[a.t] as category,
    (${numbers(topics.map((t) => (t[2] ? 1 : 0)), "int")})[a.t] = 1 as is_livelihood,
    a.st as status,
    case when a.st in ${filedLike} then '${termNumber}-${session}-' || lpad(i::text, 3, '0') end as number,
    case when a.st in ${filedLike} then i end as serial,
    case when a.st <> 'draft' then d.sub end as submitted_on,
    d.filed as filed_on, d.due as due_on, null::uuid as merge_group_id, d.key is not null as is_key,
    jsonb_build_object(
      'status', a.st,
      'returns', case when a.st = 'returned' then 1 else 0 end,
      'returnReasons', case when a.st = 'returned' then '["请补充具体建议，一事一案"]'::jsonb else '[]'::jsonb end,
      'submittedOn', case when a.st <> 'draft' then d.sub end,
      'number', case when a.st in ${filedLike} then '${termNumber}-${session}-' || lpad(i::text, 3, '0') end,
      'filedOn', d.filed,
      'notFiled', case when a.st = 'notFiled' then jsonb_build_object(
        'groundCode', (array['vague', 'outOfScope', 'personal'])[1 + h.h5 % 3],
        'conversion', (array['letter', 'opinionReport', 'none'])[1 + (h.h5 / 3) % 3]) end,
      'mergeGroupId', null,
      'keyProposal', d.key,
      'assignment', case when a.st in ${assignedLike} then jsonb_build_object('mode', u.mode, 'units', u.units, 'assignedOn', d.assigned) end,
      'assignmentReturn', case when a.st = 'assignmentReturned' then jsonb_build_object(
        'handlingUnitId', u.lead, 'reason', '该事项不属于本单位职责，建议交由相关部门办理', 'returnedOn', d.assigned + 5) end,
      'dueOn', d.due,
      'coOpinions', case when a.st in ${repliedLike} and u.co is not null
        then jsonb_build_array(jsonb_build_object('handlingUnitId', u.co, 'sentOn', d.replied - 5)) else '[]'::jsonb end,
      'replies', case when a.st in ${repliedLike} then u.replies else '[]'::jsonb end,
      'rehandlings', case when a.st = 'rehandling' then 1 else 0 end,
      'repliedOn', case when a.st in ('replied', 'evaluated', 'closed') then d.replied end,
      'evaluation', d.evaluation,
      'closedUnevaluated', a.st = 'closed' and d.evaluation is null
    ) as state,
    null::uuid as created_by_account_id, null::text as request_id, d.listed as listed_at, ${versionCase} as version,
    d.listed - make_interval(hours => ((h.h11 / 7) % 72)::int) as created_at,
    (coalesce(d.evaluated, d.replied, d.assigned, d.filed, d.sub)::timestamp + interval '10 hours') at time zone 'Asia/Shanghai' as updated_at
  from ${councils} c
  cross join lateral generate_series(
    floor(c.per_session[${session}] * (${cdf})[k + 1])::int + 1,
    floor(c.per_session[${session}] * (${cdf})[k + 2])::int) i
  cross join lateral (select c.n::bigint * 100000 + ${session} * 10000 + i as seed offset 0) sd
  cross join lateral (select
    abs(hashint8(sd.seed * 16 + 1)::bigint) as h1, abs(hashint8(sd.seed * 16 + 2)::bigint) as h2,
    abs(hashint8(sd.seed * 16 + 3)::bigint) as h3, abs(hashint8(sd.seed * 16 + 4)::bigint) as h4,
    abs(hashint8(sd.seed * 16 + 5)::bigint) as h5, abs(hashint8(sd.seed * 16 + 6)::bigint) as h6,
    abs(hashint8(sd.seed * 16 + 7)::bigint) as h7, abs(hashint8(sd.seed * 16 + 8)::bigint) as h8,
    abs(hashint8(sd.seed * 16 + 9)::bigint) as h9, abs(hashint8(sd.seed * 16 + 10)::bigint) as h10,
    abs(hashint8(sd.seed * 16 + 11)::bigint) as h11, abs(hashint8(sd.seed * 16 + 12)::bigint) as h12 offset 0) h
  cross join lateral (select
    1 + h.h1 % ${nt} as t,
    ${statusCase(session)} as st,
    case when (h.h3 / 1000) % 100 < 58 then 'member' when (h.h3 / 1000) % 100 < 78 then 'joint'
      when (h.h3 / 1000) % 100 < 86 then 'participatingUnit' when (h.h3 / 1000) % 100 < 91 then 'sector'
      when (h.h3 / 1000) % 100 < 96 then 'townshipGroup' else 'committee' end as kind,
    1 + h.h4 % nullif(cardinality(c.members), 0) as mi,
    cardinality(c.units) as nu offset 0) a
  cross join lateral (select
    c.units[1 + h.h6 % a.nu] as lead,
    c.units[1 + (h.h6 % a.nu + 1 + h.h7 % (a.nu - 1)) % a.nu] as other,
    (h.h7 / 100) % 10 = 0 as split,
    (array['A','A','A','A','A','B','B','B','C','C'])[1 + h.h8 % 10] as cat1,
    (array['A','A','A','A','B','B','B','C','C','C'])[1 + (h.h8 / 10) % 10] as cat2 offset 0) p
  cross join lateral (select
    ((c.starts[${session}])::timestamp
      + make_interval(mins => (${numbers(slots.start, "int")})[k + 1] + (h.h11 % (${numbers(slots.length, "int")})[k + 1])::int,
                      secs => (h.h11 / 1000) % 60 + ((h.h11 / 60000) % 1000000) / 1e6)) at time zone 'Asia/Shanghai' as listed offset 0) l
  cross join lateral (select (l.listed at time zone 'Asia/Shanghai')::date as sub offset 0) s0
  cross join lateral (select
    s0.sub + 20 + (h.h5 % 25)::int as filed_day,
    s0.sub + 30 + ((h.h5 / 25) % 10)::int as assigned_day offset 0) s1
  cross join lateral (select
    s1.assigned_day + 30 + ((h.h5 / 250) % 55)::int as replied_day offset 0) s2
  cross join lateral (select
    s2.replied_day + 5 + ((h.h5 / 13750) % 25)::int as evaluated_day offset 0) s3
  cross join lateral (select
    case when p.split then 'split' else 'joint' end as mode,
    p.lead,
    case when not p.split and (h.h7 / 1000) % 4 = 0 then p.other end as co,
    case when p.split then jsonb_build_array(
        jsonb_build_object('handlingUnitId', p.lead, 'role', 'split'), jsonb_build_object('handlingUnitId', p.other, 'role', 'split'))
      when (h.h7 / 1000) % 4 = 0 then jsonb_build_array(
        jsonb_build_object('handlingUnitId', p.lead, 'role', 'lead'), jsonb_build_object('handlingUnitId', p.other, 'role', 'co'))
      else jsonb_build_array(jsonb_build_object('handlingUnitId', p.lead, 'role', 'lead')) end as units,
    case when p.split then jsonb_build_array(
        jsonb_build_object('handlingUnitId', p.lead, 'categoryCode', p.cat1, 'round', 0, 'repliedOn', s2.replied_day),
        jsonb_build_object('handlingUnitId', p.other, 'categoryCode', p.cat2, 'round', 0, 'repliedOn', s2.replied_day))
      else jsonb_build_array(jsonb_build_object('handlingUnitId', p.lead, 'categoryCode', p.cat1, 'round', 0, 'repliedOn', s2.replied_day)) end
      as replies offset 0) u
  cross join lateral (select
    l.listed, s0.sub,
    case when a.st in ${filedLike} then s1.filed_day end as filed,
    case when a.st in ${assignedLike} then s1.assigned_day end as assigned,
    case when a.st in ${repliedLike} then s2.replied_day end as replied,
    case when a.st in ('rehandling', 'evaluated') or (a.st = 'closed' and h.h12 % 10 <> 9) then s3.evaluated_day end as evaluated,
    case a.st when 'assigned' then (s1.assigned_day + interval '3 months')::date
      when 'rehandling' then (s3.evaluated_day + interval '2 months')::date end as due,
    case when a.st = 'rehandling' then jsonb_build_object('overall', 'unsatisfied',
        'dimensions', jsonb_build_object('contact', 'satisfied', 'outcome', 'unsatisfied'), 'comment', '落实不到位', 'round', 0, 'evaluatedOn', s3.evaluated_day)
      when a.st = 'evaluated' or (a.st = 'closed' and h.h12 % 10 <> 9) then jsonb_build_object(
        'overall', case when (h.h8 / 100) % 10 < 8 then 'satisfied' else 'basicallySatisfied' end,
        'dimensions', jsonb_build_object('contact', 'satisfied', 'outcome', case when (h.h8 / 100) % 10 < 8 then 'satisfied' else 'basicallySatisfied' end),
        'comment', null, 'round', 0, 'evaluatedOn', s3.evaluated_day) end as evaluation,
    case when a.st in ${filedLike} and (h.h12 / 10) % 100 < 2 then jsonb_build_object(
      'sponsorName', (array['王建国', '李明华', '张晓东', '陈志强'])[1 + (h.h12 / 1000) % 4],
      'sponsorTitle', (array['副市长', '市委常委', '副县长', '政协副主席'])[1 + (h.h12 / 4000) % 4],
      'followUpOn', null, 'markedOn', s1.filed_day + 5) end as key offset 0) d
  ${extra}
) r`;
}
