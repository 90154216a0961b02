import { globalSearchInput, globalSearchOutput } from "@cppcc/domain";
import { globalSearch } from "../services/search/global";
import { procedureFor, router } from "../trpc/procedures";

/** Search across modules, for the office's header. */
export const searchRouter = router({
  global: procedureFor("search.global")
    .input(globalSearchInput)
    .output(globalSearchOutput)
    .query(({ ctx, input }) => globalSearch({ ctx, input })),
});
