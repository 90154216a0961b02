import { publicProcedure, router } from "../trpc/procedures";

export const healthRouter = router({
  check: publicProcedure.query(async ({ ctx }) => {
    await ctx.db.ping();
    return { ok: true as const, database: ctx.db.kind };
  }),
});
