import { shanghaiDate } from "@cppcc/domain";

/** Today as the people using the platform count days (Asia/Shanghai), for deadlines and meeting dates. */
export function today(now: Date): string {
  return shanghaiDate(now);
}
