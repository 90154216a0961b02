import fc from "fast-check";
import { toHundredths } from "./points";

/** Points in hundredths between min and max (as hundredths), as tables write them. */
export const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((h) => h / 100);

/** A category for property tests: any start, and a cap and a floor or none. */
export const randomCategory = (code: string) =>
  fc
    .record({ start: hundredths(0, 3000), room: fc.option(hundredths(0, 5000), { nil: null }), drop: fc.option(hundredths(0, 3000), { nil: null }) })
    .map(({ start, room, drop }) => ({
      code,
      label: `类别${code}`,
      start,
      cap: room == null ? null : toHundredths(start + room) / 100,
      floor: drop == null ? null : toHundredths(start - drop) / 100,
    }));
