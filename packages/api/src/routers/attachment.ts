import { attachmentListInput } from "../services/attachment/inputs";
import { listAttachments } from "../services/attachment/list";
import { router, signedInProcedure } from "../trpc/procedures";

/**
 * A record's files. Uploads, downloads and removals are HTTP routes of the server (they stream
 * bytes); each asks the same services, and the record's own scope decides, as it does here.
 */
export const attachmentRouter = router({
  list: signedInProcedure.input(attachmentListInput).query(({ ctx, input }) => listAttachments({ ctx, input })),
});
