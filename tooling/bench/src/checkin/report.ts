import { cpus } from "node:os";
import { percentile } from "../lib/load";
import { fixed, formatTable } from "../lib/table";
import type { CheckInOptions } from "./index";

/** A click at the large meeting may cost at most this many times one at the small meeting (p50). */
const target = 1.3;

/** Each click's latency in ms, one array per round; `refused` lists clicks that were not a first check-in. */
export type Clicks = { small: number[][]; large: number[][]; refused: string[] };

const sorted = (rounds: number[][]) => rounds.flat().sort((a, b) => a - b);
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);

export function printCheckInReport(report: {
  kind: string;
  serverFrom: string;
  councilMembers: number;
  smallMeeting: number;
  checkIn: CheckInOptions;
  clicks: Clicks;
  busyBefore: number;
  busyAfter: number;
}): boolean {
  const { kind, serverFrom, councilMembers, smallMeeting, checkIn, clicks, busyBefore, busyAfter } = report;
  const small = sorted(clicks.small);
  const large = sorted(clicks.large);
  const row = (label: string, all: number[]) => [label, String(all.length), fixed(percentile(all, 0.5), 2), fixed(percentile(all, 0.99), 2), fixed(all.reduce((s, x) => s + x, 0) / all.length, 2)];
  const pooled = percentile(large, 0.5) / percentile(small, 0.5);
  // Per round: the large meeting's median click ÷ the small one's, then the median of those.
  const paired = median(clicks.large.map((l, i) => median(l) / median(clicks.small[i] ?? [])));
  const busy = Math.max(busyBefore, busyAfter);
  const met = pooled <= target && paired <= target;
  console.info(
    [
      "",
      `check-in scale — ${kind}; server: ${serverFrom}`,
      `the demo city grown to ${councilMembers} active members; ${checkIn.rounds} rounds after one warm-up round, each a meeting of ${smallMeeting} invitations and one of ${checkIn.invited}; ` +
        `the same ${smallMeeting} members scan the QR code of each (one click at a time, over HTTP, loopback), taking turns at which meeting goes first`,
      `machine: ${cpus().length} cores, load average ${busyBefore.toFixed(2)} before and ${busyAfter.toFixed(2)} after${busy > 0.5 ? " (busy: absolute figures are noisy; the pairing shares the noise between the sides)" : ""}`,
      "",
      formatTable(["meeting", "clicks", "p50 ms", "p99 ms", "mean ms"], [row(`${smallMeeting} invitations`, small), row(`${checkIn.invited} invitations`, large)]),
      "",
      formatTable(
        [`${checkIn.invited} ÷ ${smallMeeting} invitations`, "p50", "p50 paired", "p99", `p50 ≤ ${target}×`],
        [["a check-in click", `${fixed(pooled, 2)}×`, `${fixed(paired, 2)}×`, `${fixed(percentile(large, 0.99) / percentile(small, 0.99), 2)}×`, met ? "met" : "NOT met"]],
      ),
      ...(clicks.refused.length > 0 ? ["", `${clicks.refused.length} clicks were not first check-ins (the figures are void):`, ...clicks.refused.slice(0, 5).map((r) => `  ${r}`)] : []),
    ].join("\n"),
  );
  return clicks.refused.length === 0;
}
