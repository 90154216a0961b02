import { extensionDecisionInput, idField } from "@cppcc/domain";
import { z } from "zod";
import { decideExtension } from "../services/extension/decide";
import { pendingExtensions, pendingExtensionsInput } from "../services/extension/pending";
import { procedureFor, router } from "../trpc/procedures";

const decideInput = z.intersection(
  z.object({ id: idField("延期申请"), version: z.number({ error: "缺少版本号，请刷新页面后重试" }).int().min(1) }),
  extensionDecisionInput,
);

/** 延期办理, the office's side: the requests waiting from every kind, and the decision on one. */
export const deadlineExtensionRouter = router({
  pending: procedureFor("deadlineExtension.decide")
    .input(pendingExtensionsInput)
    .query(({ ctx, input }) => pendingExtensions({ ctx, input })),
  decide: procedureFor("deadlineExtension.decide")
    .input(decideInput)
    .mutation(({ ctx, input }) => decideExtension({ ctx, input })),
});
