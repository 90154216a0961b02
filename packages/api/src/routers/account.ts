import { pageInput } from "@cppcc/domain";
import { listAccounts } from "../services/account/list";
import { procedureFor, router } from "../trpc/procedures";

export const accountRouter = router({
  list: procedureFor("account.read")
    .input(pageInput.default({ limit: 50 }))
    .query(({ ctx, input }) => listAccounts({ ctx, input })),
});
