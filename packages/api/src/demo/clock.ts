import { shanghaiDate } from "@cppcc/domain";
import type { Clock } from "../context";

const dayMs = 86_400_000;

/**
 * The demo year's clock: set to a day of the year and an office hour (Asia/Shanghai), then
 * moving on one second per reading, so the order of what the services write that day stays
 * true and the same steps always read the same times.
 */
export class DemoClock implements Clock {
  private at: number;
  /** Today at 00:00 in Shanghai, as an instant: every scenario counts its days from here. */
  readonly todayStart: number;
  readonly today: string;

  private readonly latest: number;

  constructor(realNow: Date) {
    this.latest = realNow.getTime() - 60_000;
    this.today = shanghaiDate(realNow);
    this.todayStart = Date.parse(`${this.today}T00:00:00+08:00`);
    this.at = this.todayStart;
  }

  now = () => {
    this.at += 1000;
    return new Date(this.at);
  };

  /**
   * Moves to `offset` days from today at `hour` (Shanghai). Each record's story is told in order,
   * so the clock may go back when the next record starts; it never passes the real now.
   */
  set(offset: number, hour = 9) {
    this.at = Math.min(this.todayStart + offset * dayMs + hour * 3_600_000, this.latest);
  }

  /** The calendar day `offset` days from today (Shanghai). */
  day(offset: number): string {
    return shanghaiDate(new Date(this.todayStart + offset * dayMs + 12 * 3_600_000));
  }
}
