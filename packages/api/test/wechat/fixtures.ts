import type { DbHandle } from "@cppcc/db";
import type { Clock } from "../../src/context";
import { systemContext } from "../../src/serviceContext";
import type { Notice } from "../../src/services/notification/channel";
import { wechatChannel } from "../../src/services/notification/channels/wechat";
import type { Caller } from "../../src/testing";
import type { WechatStandIn } from "../../src/services/wechat/standIn";

export const channel = wechatChannel({ publicUrl: "https://zx.example.cn" });

/** As the notification dispatch job does: inside a job's transaction, as the system. */
export async function sendNotice(db: DbHandle, clock: Clock, n: Notice): Promise<void> {
  await db.db.transaction(async (tx) => {
    await channel.send(systemContext({ ...db, db: tx as unknown as DbHandle["db"] }, n.councilId, clock), n);
  });
}

/** The whole web OAuth round as a browser makes it: start, follow WeChat's redirect, finish with what came back. */
export async function bindThroughWechat(caller: Caller, standIn: WechatStandIn, openid: string) {
  standIn.signedInOpenid = openid;
  const { url } = await caller.wechat.startBinding({ origin: "https://zx.example.cn" });
  const redirect = await fetch(url.replace("#wechat_redirect", ""), { redirect: "manual" });
  const back = new URL(redirect.headers.get("location")!);
  return { back, finish: () => caller.wechat.finishBinding({ code: back.searchParams.get("code")!, state: back.searchParams.get("state")! }) };
}
