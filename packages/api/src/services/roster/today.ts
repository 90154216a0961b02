import { shanghaiDate } from "@cppcc/domain";

/** Membership changes are dated in the calendar the office works in. */
export const today = (now: Date) => shanghaiDate(now);
