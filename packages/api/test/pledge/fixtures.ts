import { member } from "@cppcc/db";
import { and, eq, inArray } from "drizzle-orm";
import type { TestApi } from "../../src/testing";

/** An active standing member (常委) and an active ordinary member of the demo city, not the demo login's member. */
export async function standingAndOrdinary(api: TestApi, except: string): Promise<{ standingId: string; ordinaryId: string }> {
  const rows = await api.db.db
    .select({ id: member.id, post: member.post })
    .from(member)
    .where(and(eq(member.councilId, api.councilId), eq(member.status, "active"), inArray(member.post, ["standing", "member"])));
  const standingId = rows.find((r) => r.post === "standing" && r.id !== except)!.id;
  const ordinaryId = rows.find((r) => r.post === "member" && r.id !== except)!.id;
  return { standingId, ordinaryId };
}
