/** A year as the record counts it: from 1 January to 31 December in Shanghai. */
export function shanghaiYear(year: number): { from: Date; to: Date } {
  return { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

/** When an off-platform entry counts: the start of its day in Shanghai, so it falls in that day's year. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
