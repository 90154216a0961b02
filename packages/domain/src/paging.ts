import { z } from "zod";
import { invalidCursorMessage, maxCursorLength } from "./cursor";

/** Every list pages by keyset: the client passes back the cursor it was given, never an offset. */
export const pageInput = z.object({
  cursor: z.string().max(maxCursorLength, invalidCursorMessage).nullish(),
  limit: z.number().int().min(1, "每页至少 1 条").max(200, "每页最多 200 条").default(50),
});
export type PageInput = z.infer<typeof pageInput>;
export type Page<T> = { items: T[]; nextCursor: string | null };
