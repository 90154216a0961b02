import { residentTopic } from "@cppcc/db";
import { Forbidden, NotFound } from "@cppcc/domain";
import { and, eq } from "drizzle-orm";
import { topicScope } from "../../consultation/topic/scope";
import type { OwnerAccess } from "./types";

/**
 * A resident's topic's photos: seen by whoever reads the topic (the office, the township's liaison); they come
 * only with the topic from the public page, so staff neither add nor remove them (the public page shows only
 * those the liaison published on accepting).
 */
export const residentTopicFiles: OwnerAccess = {
  visible: async (db, ctx, ownerId) => {
    const [row] = await db.select({ id: residentTopic.id }).from(residentTopic).where(and(topicScope(ctx), eq(residentTopic.id, ownerId)));
    if (!row) throw new NotFound("找不到该议题");
    return () => true;
  },
  lockForChange: () => {
    throw new Forbidden("群众议题的照片由群众随议题提交，工作人员不能增删");
  },
};
