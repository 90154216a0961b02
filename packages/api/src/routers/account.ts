import {
  accountBulkDisableInput,
  accountBulkOpenInput,
  accountCreateInput,
  accountDisableInput,
  accountListInput,
  accountOpenPreviewInput,
  accountPasswordResetInput,
} from "@cppcc/domain";
import { z } from "zod";
import { setAccountsDisabled } from "../services/account/bulkDisable";
import { credentialDeliveries } from "../services/account/credentialDeliveries";
import { openMemberLogins } from "../services/account/bulkOpen";
import { previewMemberLogins } from "../services/account/openPreview";
import { listAccounts } from "../services/account/list";
import { createAccount, resetPassword, setAccountDisabled } from "../services/account/manage";
import { procedureFor, router } from "../trpc/procedures";

export const accountRouter = router({
  list: procedureFor("account.read")
    .input(accountListInput.default({ limit: 50 }))
    .query(({ ctx, input }) => listAccounts({ ctx, input })),
  create: procedureFor("account.manage")
    .input(accountCreateInput)
    .mutation(({ ctx, input }) => createAccount({ ctx, input })),
  resetPassword: procedureFor("account.manage")
    .input(accountPasswordResetInput)
    .mutation(({ ctx, input }) => resetPassword({ ctx, input })),
  setDisabled: procedureFor("account.manage")
    .input(accountDisableInput)
    .mutation(({ ctx, input }) => setAccountDisabled({ ctx, input })),
  setDisabledMany: procedureFor("account.manage")
    .input(accountBulkDisableInput)
    .mutation(({ ctx, input }) => setAccountsDisabled({ ctx, input })),
  openPreview: procedureFor("account.manage")
    .input(accountOpenPreviewInput)
    .query(({ ctx, input }) => previewMemberLogins({ ctx, input, credentialSms: ctx.sms?.offers("credential") ?? false })),
  /** Where each texted initial password of one bulk opening stands. */
  credentialDeliveries: procedureFor("account.manage")
    .input(z.object({ requestId: z.uuid({ error: "请求标识无效，请刷新页面后重试" }) }))
    .query(({ ctx, input }) => credentialDeliveries({ ctx, input })),
  openMemberLogins: procedureFor("account.manage")
    .input(accountBulkOpenInput)
    .mutation(({ ctx, input }) => openMemberLogins({ ctx, input, credentialSms: ctx.sms?.offers("credential") ?? false })),
});
