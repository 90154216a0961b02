import postgres from "postgres";

/** The procedures measured, and what they are compared with. */
export type Kind = "list" | "statistics" | "similar";

/** One request measured: what it asks, the GET that asks it, and how much it answered. */
export type ProposalQuery = {
  label: string;
  kind: Kind;
  procedure: "list" | "statistics" | "similar";
  /** What the label means, for the header. */
  about: string;
  input: Record<string, unknown>;
  path: string;
  /** Items, groups or matches in the answer: the load must not measure an empty one. */
  answered: number;
};

/** The GET tRPC's client sends for a query: the superjson envelope, URL-encoded. */
export function queryPath(procedure: string, input: unknown): string {
  return `/trpc/proposal.${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

/** The `json` inside tRPC's answer, and the raw body (to compare answers between phases). */
export async function ask(base: string, cookie: string, path: string): Promise<{ data: unknown; body: string }> {
  const res = await fetch(`${base}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
  const body = await res.text();
  if (!res.ok) throw new Error(`${decodeURIComponent(path).slice(0, 200)} answered HTTP ${res.status}: ${body.slice(0, 300)}`);
  return { data: (JSON.parse(body) as { result: { data: { json: unknown } } }).result.data.json, body };
}

type Page = { items: unknown[]; nextCursor: string | null };

/** Follows nextCursor from page 1 to page `page`, so the cursor is the one a person paging there holds. */
async function cursorOfPage(base: string, cookie: string, input: Record<string, unknown>, page: number): Promise<string> {
  let cursor: string | undefined;
  for (let p = 1; p < page; p++) {
    const got = (await ask(base, cookie, queryPath("list", { ...input, cursor }))).data as Page;
    if (!got.nextCursor) throw new Error(`the list ${JSON.stringify(input)} has fewer than ${page} pages`);
    cursor = got.nextCursor;
  }
  if (!cursor) throw new Error("a deep page needs a page number above 1");
  return cursor;
}

function answeredBy(procedure: ProposalQuery["procedure"], data: unknown): number {
  if (procedure === "list") return (data as Page).items.length;
  if (procedure === "statistics") return (data as { total: { received: number } }).total.received;
  return (data as unknown[]).length;
}

/**
 * The requests measured, chosen from the city's own data so that each returns rows:
 * - list, the review queue: the latest session's submitted and under-review proposals, oldest first;
 * - list, filtered and paged by keyset: a session's livelihood proposals, page 3 by the cursor
 *   a person paging there would hold (the headline list query, that similarity is compared with);
 * - list, the council's newest proposals, unfiltered;
 * - statistics of the whole term by session (the screen's default) and of one session by handling unit;
 * - similar proposals while writing: a new title on a topic the session already has, with and
 *   without the start of its text, as the portal asks while a member types.
 */
export async function chooseQueries(databaseUrl: string, councilId: string, base: string, cookie: string): Promise<ProposalQuery[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let sessions: { id: string; number: number }[];
  let probe: { title: string; situation: string } | undefined;
  try {
    sessions = await sql<{ id: string; number: number }[]>`
      select ts.id, ts.number from term_session ts join term t on t.id = ts.term_id
      where ts.council_id = ${councilId} order by t.number desc, ts.number`;
    const latest = sessions.at(-1);
    // A filed proposal of the latest session with a common title shape, to write a near copy of.
    [probe] = await sql<{ title: string; situation: string }[]>`
      select title, situation from proposal where council_id = ${councilId} and session_id = ${latest?.id ?? null}
        and status not in ('draft', 'withdrawn') and title like '关于%的建议'
      order by number nulls last, id limit 1`;
  } finally {
    await sql.end({ timeout: 5 });
  }
  const latest = sessions.at(-1);
  const previous = sessions.at(-2);
  if (!latest || !previous || !probe) throw new Error("the city has no sessions or no proposals to measure");
  // Another member writing about the same topic: a different opening, the same matter.
  const title = probe.title.replace(/^关于(加快推进|进一步加强|切实做好|着力提升|健全完善|积极推动|优化|规范|加大|深化|统筹推进|全面提升|持续改善|探索建立|大力发展|有效破解)/, "关于切实加强");
  const text = probe.situation.slice(0, 80).replace("近年来，", "近几年，");

  const reviewQueue = { sessionId: latest.id, statuses: ["submitted", "underReview"], order: "oldest", limit: 20 };
  const livelihood = { sessionId: previous.id, isLivelihood: true, order: "newest", limit: 20 };
  const planned: Omit<ProposalQuery, "path" | "answered">[] = [
    { label: "list keyset p3", kind: "list", procedure: "list", about: `session ${previous.number}, livelihood, newest first, page 3 by cursor`, input: { ...livelihood, cursor: await cursorOfPage(base, cookie, livelihood, 3) } },
    { label: "list review queue", kind: "list", procedure: "list", about: `session ${latest.number}, submitted + under review, oldest first`, input: reviewQueue },
    { label: "list newest", kind: "list", procedure: "list", about: "the whole council, newest first, no filter", input: { order: "newest", limit: 20 } },
    { label: "statistics term", kind: "statistics", procedure: "statistics", about: "the latest term by session (the screen's default)", input: { by: "session" } },
    { label: "statistics by unit", kind: "statistics", procedure: "statistics", about: `session ${previous.number} by handling unit`, input: { sessionId: previous.id, by: "handlingUnit" } },
    { label: "similar title+text", kind: "similar", procedure: "similar", about: `session ${latest.number}: 「${title}」 and the first 80 characters of its text`, input: { sessionId: latest.id, title, text, limit: 5 } },
    { label: "similar title", kind: "similar", procedure: "similar", about: `session ${latest.number}: the title alone`, input: { sessionId: latest.id, title, limit: 5 } },
  ];
  const queries: ProposalQuery[] = [];
  for (const q of planned) {
    const path = queryPath(q.procedure, q.input);
    const answered = answeredBy(q.procedure, (await ask(base, cookie, path)).data);
    if (answered === 0) throw new Error(`${q.label} (${q.about}) answers nothing in the city; the measurement would mean little`);
    queries.push({ ...q, path, answered });
  }
  return queries;
}
