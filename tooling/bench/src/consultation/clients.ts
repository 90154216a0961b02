import { Agent, request } from "node:http";
import type { TopicText } from "./texts";

// The two kinds of client of the public topic page, as closed loops on keep-alive connections:
// each connection sends its next request as soon as the last is answered, until a deadline.
// Every request goes to 127.0.0.1; the resident's address is only the X-Forwarded-For header,
// which the server believes because it runs with TRUST_PROXY=1.

export const submitPath = "/trpc/consultation.publicTopic.submit";

/** What one kind of client got back in one phase. */
export type Tally = {
  sent: number;
  /** 200 with a newly stored topic. */
  accepted: number;
  /** 200 answered as a duplicate: for residents, whose texts are all distinct, a fault. */
  duplicates: number;
  /** 429 TOO_MANY_REQUESTS. */
  limited: number;
  /** Anything else: another status, a timeout, a refused connection. */
  failed: number;
  /** A few distinct failures, to print. */
  failureSamples: string[];
  /** Each response's own hrtime duration in ms, in the order answered. */
  latencies: number[];
  seconds: number;
};

const emptyTally = (): Tally => ({ sent: 0, accepted: 0, duplicates: 0, limited: 0, failed: 0, failureSamples: [], latencies: [], seconds: 0 });

/**
 * Resident addresses 198.18.0.0/15 (the benchmarking range), each used for `perAddress`
 * submissions and never again, so no resident ever meets the limit: shared by every phase of a run.
 */
export class ResidentAddresses {
  private next = 0;
  constructor(readonly perAddress: number) {}
  take(): string {
    // 131,072 addresses; at a few submissions each that is far more than a run can send.
    if (this.next >= 2 ** 17) throw new Error("the run used up 198.18.0.0/15; shorten BENCH_DURATION");
    const n = this.next++;
    return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
  }
  get used(): number {
    return this.next;
  }
}

/** The flood's one address (TEST-NET-2). */
export const floodAddress = "198.51.100.7";

type Target = { port: number; townshipIds: string[] };

/** `connections` residents at full speed until `deadline` (ms since the epoch), each on its own distinct text. */
export async function runResidents(target: Target, connections: number, deadline: number, addresses: ResidentAddresses, text: () => TopicText): Promise<Tally> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const tally = emptyTally();
  const started = performance.now();
  let township = 0;
  const worker = async () => {
    let ip = addresses.take();
    let left = addresses.perAddress;
    while (Date.now() < deadline) {
      if (left === 0) {
        ip = addresses.take();
        left = addresses.perAddress;
      }
      left--;
      const townshipId = target.townshipIds[township++ % target.townshipIds.length]!;
      await send(agent, target.port, ip, { townshipId, ...text() }, tally);
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    agent.destroy();
  }
  tally.seconds = (performance.now() - started) / 1000;
  return tally;
}

/** `connections` connections from the one flood address at full speed until `deadline`; the texts vary as a spammer's would. */
export async function runFlood(target: Target, connections: number, deadline: number, text: () => TopicText): Promise<Tally> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const tally = emptyTally();
  const started = performance.now();
  const townshipId = target.townshipIds[0]!;
  const worker = async () => {
    while (Date.now() < deadline) await send(agent, target.port, floodAddress, { townshipId, ...text() }, tally);
  };
  try {
    await Promise.all(Array.from({ length: connections }, worker));
  } finally {
    agent.destroy();
  }
  tally.seconds = (performance.now() - started) / 1000;
  return tally;
}

/** One submission, as the public page's tRPC client sends it; returns the HTTP status (0 for no answer). */
export async function submitOnce(port: number, ip: string, input: { townshipId: string } & TopicText): Promise<number> {
  const agent = new Agent({ keepAlive: false });
  const tally = emptyTally();
  try {
    return await send(agent, port, ip, input, tally);
  } finally {
    agent.destroy();
  }
}

async function send(agent: Agent, port: number, ip: string, input: { townshipId: string } & TopicText, tally: Tally): Promise<number> {
  const body = JSON.stringify({ json: input });
  const began = process.hrtime.bigint();
  tally.sent++;
  const answer = await post(agent, port, ip, body);
  tally.latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
  if (answer.status === 200) {
    const duplicate = (JSON.parse(answer.body) as { result?: { data?: { json?: { duplicate?: boolean } } } }).result?.data?.json?.duplicate;
    if (duplicate === false) tally.accepted++;
    else if (duplicate === true) tally.duplicates++;
    else fail(tally, `200 without a receipt: ${answer.body.slice(0, 200)}`);
  } else if (answer.status === 429) {
    tally.limited++;
  } else {
    fail(tally, answer.status ? `HTTP ${answer.status}: ${answer.body.slice(0, 300)}` : answer.body);
  }
  return answer.status;
}

function fail(tally: Tally, what: string) {
  tally.failed++;
  if (tally.failureSamples.length < 3 && !tally.failureSamples.includes(what)) tally.failureSamples.push(what);
}

function post(agent: Agent, port: number, ip: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: "127.0.0.1",
        port,
        path: submitPath,
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-forwarded-for": ip },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", (error) => resolve({ status: 0, body: `response error: ${error.message}` }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("no answer within 30 s")));
    req.on("error", (error) => resolve({ status: 0, body: `request error: ${error.message}` }));
    req.end(body);
  });
}
