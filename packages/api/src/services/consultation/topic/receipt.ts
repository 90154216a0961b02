import { randomInt } from "node:crypto";
import { residentTopic, type DbOrTx } from "@cppcc/db";
import { receiptNumber } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";

/** Unpredictable, so receipts of one day are not a sequence to walk. */
export const secureRandom = () => randomInt(0, 2 ** 30) / 2 ** 30;

/**
 * A receipt number no other topic of the council holds. Four digits give 10,000 a day per
 * council; after a few clashes (a very busy day) it takes six. The unique index is the judge:
 * the caller's insert still checks, this only makes a clash there unlikely.
 */
export async function freeReceiptNumber(tx: DbOrTx, councilId: string, day: string, attempt: number): Promise<string> {
  for (let i = 0; ; i++) {
    const candidate = receiptNumber(day, secureRandom, attempt + i < 5 ? 4 : 6);
    const [taken] = await tx
      .select({ id: residentTopic.id })
      .from(residentTopic)
      .where(and(eq(residentTopic.councilId, councilId), eq(residentTopic.receiptNo, candidate)));
    if (!taken) return candidate;
  }
}
