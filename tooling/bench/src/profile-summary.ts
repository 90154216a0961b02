// `pnpm --filter @cppcc/bench profile:summary <file.cpuprofile> [last-seconds]`: where a server
// spent its CPU, by package and by function, over the last seconds of a profile written with
// BENCH_CPU_PROF (the last route measured, auth.me, when the seconds match BENCH_DURATION).
import { readFileSync } from "node:fs";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const [file, seconds] = process.argv.slice(2);
if (!file) throw new Error("usage: profile:summary <file.cpuprofile> [last-seconds]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const from = profile.endTime - Number(seconds ?? Infinity) * 1e6;

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  const frame = nodes.get(id);
  if (at < from || !frame) return;
  total += delta;
  const where = packageOf(frame.url) || `(${frame.functionName})`;
  byPackage.set(where, (byPackage.get(where) ?? 0) + delta);
  const name = `${frame.functionName || "(anonymous)"}  ${where}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
});

console.info(`${(total / 1e6).toFixed(1)} s of samples; self time:\n`);
console.info(`${top(byPackage, 20)}\n\n${top(byFunction, 25)}`);

/** node_modules/.pnpm/x@1/node_modules/@scope/name/… → @scope/name; workspace files by path. */
function packageOf(url: string): string {
  const match = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  return match?.[1] ?? url.replace(/^file:\/\/.*?\/(apps|packages|tooling)\//, "$1/");
}

function top(times: Map<string, number>, count: number): string {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => `${((100 * time) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join("\n");
}
