// `pnpm bench`: every benchmark in turn, each printing its own figures. Not part of the test
// suite: figures are read by people, not asserted, because they depend on the machine.
import { foundation } from "./foundation";
import { cleanupAll, cleanupOnSignals } from "./lib/cleanup";
import { readOptions, type BenchOptions } from "./options";

const benches: { name: string; run: (options: BenchOptions) => Promise<boolean> }[] = [{ name: "foundation", run: foundation }];

cleanupOnSignals();
let clean = true;
try {
  const options = readOptions();
  for (const bench of benches) clean = (await bench.run(options)) && clean;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  clean = false;
} finally {
  await cleanupAll();
}
// Exit explicitly: a lingering keep-alive socket must not hold the run open once it is done.
process.exit(clean ? 0 : 1);
