import { z } from "zod";
import { finishWechatBinding, startWechatBinding, unbindWechat, wechatStatus } from "../services/wechat/binding";
import { router, signedInProcedure } from "../trpc/procedures";

/** 绑定微信: each person binds and unbinds only their own login; nothing here answers where WeChat is not configured. */
export const wechatRouter = router({
  status: signedInProcedure.query(({ ctx }) => wechatStatus({ ctx })),
  startBinding: signedInProcedure
    .input(z.object({ origin: z.url({ error: "返回地址无效" }).max(300) }))
    .mutation(({ ctx, input }) => startWechatBinding({ ctx, input })),
  finishBinding: signedInProcedure
    .input(z.object({ code: z.string().trim().min(1, "缺少微信授权码").max(512), state: z.string().trim().min(1, "缺少绑定校验码").max(128) }))
    .mutation(({ ctx, input }) => finishWechatBinding({ ctx, input })),
  unbind: signedInProcedure.mutation(({ ctx }) => unbindWechat({ ctx })),
});
