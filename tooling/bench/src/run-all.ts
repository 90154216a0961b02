// `pnpm bench`: every benchmark in turn, each printing its own figures. Not part of the test
// suite: figures are read by people, not asserted, because they depend on the machine.
import { checkInScale } from "./checkin";
import { publicTopicFlood } from "./consultation";
import { foundation } from "./foundation";
import { notificationScale } from "./notification";
import { cleanupAll, cleanupOnSignals } from "./lib/cleanup";
import { readOptions, type BenchOptions } from "./options";
import { proposalScale } from "./proposal";
import { rosterScale } from "./roster";
import { scoringScale } from "./scoring";

// `optIn` benchmarks run only when named (`pnpm bench roster`): the roster one generates
// 650,000 members and takes about a quarter of an hour.
const benches: { name: string; run: (options: BenchOptions) => Promise<boolean>; optIn?: boolean }[] = [
  { name: "foundation", run: foundation },
  { name: "roster", run: rosterScale, optIn: true },
  { name: "proposal", run: proposalScale, optIn: true },
  { name: "topic-flood", run: publicTopicFlood, optIn: true },
  { name: "checkin-scale", run: checkInScale, optIn: true },
  { name: "notifications", run: notificationScale, optIn: true },
  { name: "scoring", run: scoringScale, optIn: true },
];
const named = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));

cleanupOnSignals();
let clean = true;
try {
  const options = readOptions();
  const unknown = named.filter((name) => !benches.some((b) => b.name === name));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(", ")}; known: ${benches.map((b) => b.name).join(", ")}`);
  for (const bench of benches.filter((b) => (named.length > 0 ? named.includes(b.name) : !b.optIn))) clean = (await bench.run(options)) && clean;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  clean = false;
} finally {
  await cleanupAll();
}
// Exit explicitly: a lingering keep-alive socket must not hold the run open once it is done.
process.exit(clean ? 0 : 1);
