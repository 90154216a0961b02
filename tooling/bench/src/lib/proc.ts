import { readFileSync } from "node:fs";

// Linux /proc readings about a child process; undefined elsewhere, and the table shows "–".

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) may contain spaces; count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  // USER_HZ is 100 on every Linux this runs on; node cannot query sysconf.
  return Number.isFinite(ticks) ? ticks / 100 : undefined;
}

/** Resident memory now (VmRSS) and at its peak (VmHWM, which includes migrating and seeding at start), in MiB. */
export function rssMib(pid: number): { now: number; peak: number } | undefined {
  const status = read(`/proc/${pid}/status`);
  const kib = (field: string) => Number(status?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1]);
  const now = kib("VmRSS");
  const peak = kib("VmHWM");
  return Number.isFinite(now) && Number.isFinite(peak) ? { now: now / 1024, peak: peak / 1024 } : undefined;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
