import { demoPassword } from "@cppcc/db/seed";
import { pinyinFull, sessionCookieName } from "@cppcc/domain";
import postgres from "postgres";

export type ListInput = { limit: number; sectorId?: string; committeeId?: string; query?: string; cursor?: string };

/** One request measured: what it asks, and the page it lands on. */
export type ListQuery = {
  label: string;
  /** What the label means, for the header. */
  about: string;
  input: ListInput;
  /** The items on that page; the load must not measure an empty answer. */
  items: number;
  path: string;
};

/** The GET tRPC's client sends for a query: the superjson envelope, URL-encoded. */
export function listPath(input: ListInput): string {
  return `/trpc/roster.members.list?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

type Page = { items: unknown[]; nextCursor: string | null };

export async function fetchPage(base: string, cookie: string, input: ListInput): Promise<{ page: Page; body: string }> {
  const res = await fetch(`${base}${listPath(input)}`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  const body = await res.text();
  if (!res.ok) throw new Error(`roster.members.list ${JSON.stringify(input)} answered HTTP ${res.status}: ${body.slice(0, 300)}`);
  const page = (JSON.parse(body) as { result: { data: { json: Page } } }).result.data.json;
  return { page, body };
}

/** Logs in over HTTP (as the app does) and returns the `cppcc_session=…` pair. */
export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { username, password: demoPassword } }),
    signal: AbortSignal.timeout(30_000),
  });
  const pair = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((p) => p.startsWith(`${sessionCookieName}=`));
  if (!res.ok || !pair) throw new Error(`login as ${username} failed: HTTP ${res.status} ${await res.text()}`);
  return pair;
}

/** Follows nextCursor from page 1 to page `page`, so the cursor is the one a person paging there holds. */
async function cursorOfPage(base: string, cookie: string, input: ListInput, page: number): Promise<string> {
  let cursor: string | undefined;
  for (let p = 1; p < page; p++) {
    const { page: got } = await fetchPage(base, cookie, { ...input, cursor });
    if (!got.nextCursor) throw new Error(`the list ${JSON.stringify(input)} has fewer than ${page} pages`);
    cursor = got.nextCursor;
  }
  if (!cursor) throw new Error("a deep page needs a page number above 1");
  return cursor;
}

/**
 * The requests measured in one council, chosen from its own data so that every one of them
 * returns rows: its largest sector and committee, its most common two-letter initials, the
 * pinyin of its most common surname, its most common given-name character (a Han substring
 * that is not a prefix, which no btree serves), and one full three-character name.
 */
export async function chooseQueries(databaseUrl: string, councilId: string, base: string, cookie: string): Promise<ListQuery[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let picks: { sectorId: string; sectorName: string; sectorSize: number; committeeId: string; committeeName: string; initials: string; surname: string; given: string; fullName: string; size: number };
  try {
    const one = async <T>(q: Promise<T[]>) => {
      const [row] = await q;
      if (!row) throw new Error(`council ${councilId} has no members to measure`);
      return row;
    };
    const sector = await one(sql<{ id: string; name: string; n: number }[]>`
      select s.id, s.name, count(*)::int as n from member m join sector s on s.id = m.sector_id
      where m.council_id = ${councilId} group by s.id, s.name order by n desc, s.name limit 1`);
    const committee = await one(sql<{ id: string; name: string }[]>`
      select c.id, c.name from membership ms join committee c on c.id = ms.target_id
      where ms.council_id = ${councilId} and ms.kind = 'committee' and ms.end_date is null
      group by c.id, c.name order by count(*) desc, c.name limit 1`);
    const initials = await one(sql<{ p: string }[]>`
      select left(name_initials, 2) as p from member where council_id = ${councilId} and length(name_initials) >= 2
      group by 1 order by count(*) desc, 1 limit 1`);
    const surname = await one(sql<{ c: string }[]>`
      select left(name, 1) as c from member where council_id = ${councilId} group by 1 order by count(*) desc, 1 limit 1`);
    const given = await one(sql<{ c: string }[]>`
      select substr(name, char_length(name), 1) as c from member where council_id = ${councilId} and char_length(name) >= 2
      group by 1 order by count(*) desc, 1 limit 1`);
    const full = await one(sql<{ name: string; n: number }[]>`
      select name, (select count(*)::int from member where council_id = ${councilId}) as n from member
      where council_id = ${councilId} and char_length(name) = 3 order by name_pinyin, name limit 1 offset 20`);
    picks = {
      sectorId: sector.id,
      sectorName: sector.name,
      sectorSize: sector.n,
      committeeId: committee.id,
      committeeName: committee.name,
      initials: initials.p,
      surname: surname.c,
      given: given.c,
      fullName: full.name,
      size: full.n,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }

  // A page deep in the city: with 300 members and 20 a page the whole list has 15 pages.
  const allDeep = Math.max(2, Math.min(10, Math.floor(picks.size / 20)));
  const sectorDeep = Math.max(2, Math.floor(picks.sectorSize / 5) - 1);
  const specs: Omit<ListQuery, "items" | "path">[] = [
    { label: "sector · page 1", about: `界别 ${picks.sectorName} (${picks.sectorSize} members), 20 a page`, input: { limit: 20, sectorId: picks.sectorId } },
    {
      label: `sector · page ${sectorDeep}`,
      about: `the same sector, 5 a page, page ${sectorDeep} by cursor`,
      input: { limit: 5, sectorId: picks.sectorId },
    },
    { label: "committee · page 1", about: `专委会 ${picks.committeeName}, 20 a page`, input: { limit: 20, committeeId: picks.committeeId } },
    { label: `all · page ${allDeep}`, about: `no filter, 20 a page, page ${allDeep} of ${Math.ceil(picks.size / 20)} by cursor`, input: { limit: 20 } },
    { label: `initials "${picks.initials}"`, about: "pinyin initials prefix", input: { limit: 20, query: picks.initials } },
    { label: `pinyin "${pinyinFull(picks.surname)}"`, about: `full pinyin prefix (${picks.surname})`, input: { limit: 20, query: pinyinFull(picks.surname) } },
    { label: `Han "${picks.given}"`, about: "one Han character anywhere in the name", input: { limit: 20, query: picks.given } },
    { label: `Han "${picks.fullName}"`, about: "a full name (three characters: trigram-indexable)", input: { limit: 20, query: picks.fullName } },
  ];
  const deepPages: Record<string, number> = { [specs[1]!.label]: sectorDeep, [specs[3]!.label]: allDeep };
  const queries: ListQuery[] = [];
  for (const spec of specs) {
    const deep = deepPages[spec.label];
    const input = deep ? { ...spec.input, cursor: await cursorOfPage(base, cookie, spec.input, deep) } : spec.input;
    const { page } = await fetchPage(base, cookie, input);
    if (page.items.length === 0) throw new Error(`${spec.label} returns no rows; pick another query`);
    queries.push({ ...spec, input, items: page.items.length, path: listPath(input) });
  }
  return queries;
}
