import { messageDelivery } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryJobs, drainLeasedJobs } from "../../src/jobs";
import { configuredChannels } from "../../src/services/notification/channels";
import { createWechatGateway } from "../../src/services/wechat/gateway";
import { startWechatStandIn, type WechatStandIn } from "../../src/services/wechat/standIn";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { committeeId } from "../consultation/fixtures";
import { runJobs } from "../notification/helpers";
import { demoMemberId } from "../proposal/fixtures";
import { bindThroughWechat } from "./fixtures";

/** From the event to the phone: an invitation reaches the member's WeChat once they bound it, through the configured channels. */
let api: TestApi;
let standIn: WechatStandIn;
let admin: Caller;
let member: Caller;
beforeAll(async () => {
  standIn = await startWechatStandIn({ followers: ["o-invited"] });
  api = await createTestApi({ wechat: createWechatGateway(standIn.config) });
  admin = (await api.loginAs("admin")).caller;
  member = (await api.loginAs("member")).caller;
}, 60_000);
afterAll(async () => {
  await api?.close();
  await standIn?.close();
});

async function invite(title: string) {
  const created = await admin.consultation.create({ title, formatCode: "topicalConsultation", year: 2025, leadCommitteeId: await committeeId(api, "经济委员会") });
  await admin.consultation.transition({ id: created.id, version: created.version, event: { type: "plan" } });
  await admin.consultation.invitation.invite({ consultationId: created.id, selection: { memberIds: [await demoMemberId(api)] } });
}

describe("notifications by WeChat", () => {
  const channels = configuredChannels({ sms: false, wechat: true, publicUrl: "https://zx.example.cn" });
  const send = () => drainLeasedJobs(api.db, deliveryJobs({ sms: null, wechat: createWechatGateway(standIn.config) }), { clock: api.clock });

  it("sends nothing to a member who has not bound WeChat", async () => {
    await invite("关于数字乡村建设的专题协商");
    await runJobs(api, channels);
    await send();
    expect(standIn.received).toHaveLength(0);
    expect(await api.db.db.select().from(messageDelivery).where(eq(messageDelivery.channel, "wechat"))).toHaveLength(0);
  });

  it("sends the invitation as a template message once the member bound WeChat", async () => {
    await (await bindThroughWechat(member, standIn, "o-invited")).finish();
    await invite("关于老旧小区改造的专题协商");
    await runJobs(api, channels);
    expect(await send()).toMatchObject({ done: 1 });
    expect(standIn.received).toHaveLength(1);
    expect(standIn.received[0]).toMatchObject({ openid: "o-invited", data: { thing2: "政协平湖市委员会" } });
    expect(standIn.received[0]!.data.thing1).toContain("老旧小区改造");
    expect(standIn.received[0]!.url).toMatch(/^https:\/\/zx\.example\.cn\/portal\//);
  });
});
