import { afterEach, describe, expect, inject, it } from "vitest";
import { openBrowser, shot, type Browser } from "../src/browser";
import { liaisonTownshipId, scheduleSession, settled, todayInShanghai } from "../src/deliberation";
import { signIn } from "../src/login";
import { provisionMemberLogin, untilToastsGone } from "../src/proposalJourney";
import { shotViewport } from "../src/shotViewport";
import { apiSignIn } from "../src/trpcHttp";

const base = inject("baseUrl");
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

type Me = { account: { memberId: string | null; handlingUnitId: string | null } };
type Step = { id: string; version: number };

// A real (if tiny) PDF: the server judges the type by these bytes, not by the name.
const letter = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
// A 1×1 PNG.
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64");
const letterName = "关于停车难提案的答复函（盖章）.pdf";

/** A proposal by the demo member, filed and assigned to the demo unit, as the office would through the app. */
async function proposalAtTheUnit(): Promise<string> {
  const admin = await apiSignIn(base, "admin");
  const memberId = (await (await apiSignIn(base, "member")).query<Me>("auth.me")).account.memberId!;
  const unitId = (await (await apiSignIn(base, "handler")).query<Me>("auth.me")).account.handlingUnitId!;
  const { sessions } = await admin.query<{ sessions: { id: string }[] }>("proposal.options");
  let p = await admin.mutate<Step>("proposal.create", {
    sessionId: sessions[0]!.id,
    proposer: { kind: "member", memberId },
    title: "关于缓解老城区停车难的建议",
    situation: "老城区停车位缺口大，夜间占道停车普遍，消防通道时常被堵，居民反映强烈。",
    suggestions: "一是挖掘机关单位夜间停车位错峰共享；二是新建立体停车库；三是规范路内停车收费。",
    category: "urbanRural",
    isLivelihood: true,
  });
  for (const step of ["proposal.submit", "proposal.startReview", "proposal.file"]) p = await admin.mutate<Step>(step, { id: p.id, version: p.version });
  await admin.mutate("proposal.assign", { id: p.id, version: p.version, assignment: { mode: "joint", leadUnitId: unitId, coUnitIds: [] } });
  return p.id;
}

describe("attachments: a unit's sealed reply letter reaches the proposer, and nobody else", () => {
  it("the unit uploads the letter, the member downloads it on the phone, another member is refused", async () => {
    const id = await proposalAtTheUnit();

    // 1. The unit, at its desk, puts the sealed letter beside its reply.
    browser = await openBrowser("desktop");
    let page = browser.page;
    await page.goto(`${base}/admin/handling/${id}`);
    await signIn(page, "handler");
    const letterCard = page.locator(".ant-card").filter({ has: page.getByText("答复函", { exact: true }) });
    await letterCard.getByRole("button", { name: /上传答复函/ }).waitFor();
    await letterCard.locator("input[type=file]").setInputFiles({ name: letterName, mimeType: "application/pdf", buffer: letter });
    await letterCard.getByText(letterName).waitFor();
    // A page of HTML named .pdf is refused by its bytes, in words the unit can act on.
    await letterCard.locator("input[type=file]").setInputFiles({ name: "答复函.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
    await page.getByText("不支持的文件类型：仅限 PDF、Word、图片").waitFor();
    await shot(page, "attachments-01-unit-uploads-letter");
    await browser.close();

    const handler = await apiSignIn(base, "handler");
    const [file] = await handler.query<{ id: string; fileName: string }[]>("attachment.list", { ownerKind: "proposal", ownerId: id });
    expect(file).toMatchObject({ fileName: letterName });
    const view = await handler.query<Step>("proposal.get", { id });
    await handler.mutate("proposal.reply", { id, version: view.version, categoryCode: "A", text: "经研究，我局将分三年新建立体停车库，并推动机关单位夜间错峰共享车位。".repeat(2) });

    // 2. The member, on the phone, finds the letter under the reply and downloads it.
    browser = await openBrowser("phone");
    page = browser.page;
    await page.goto(`${base}/portal/proposals/${id}`);
    await signIn(page, "member");
    const section = page.getByTestId("files-proposal.replyLetter");
    await section.getByText(letterName).waitFor();
    await section.scrollIntoViewIfNeeded();
    await untilToastsGone(page);
    await shotViewport(page, "attachments-02-member-sees-letter");
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByText(letterName).click()]);
    expect(download.suggestedFilename()).toBe(letterName);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(letter)).toBe(true);
    await browser.close();

    // 3. Another member sees neither the proposal nor its letter, even with the file's address.
    const other = await provisionMemberLogin(base, "att-other");
    browser = await openBrowser("phone");
    page = browser.page;
    await page.goto(`${base}/portal/proposals/${id}`);
    await signIn(page, other.username);
    await page.getByText("找不到该提案，或不在您的查看范围内").first().waitFor();
    const refused = await page.request.get(`${base}/files/${file!.id}`);
    expect(refused.status()).toBe(404);
    expect((await refused.json()).message).toBe("找不到该附件，或不在您的查看范围内");
    await shotViewport(page, "attachments-03-other-member-refused");
  });
});

describe("attachments: meeting materials and a draft's materials", () => {
  it("the liaison adds meeting material, the invited member downloads it; the member adds material to a draft", async () => {
    const liaison = await apiSignIn(base, "liaison");
    const townshipId = await liaisonTownshipId(base);
    const later = new Date(Date.parse(`${todayInShanghai()}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const title = "背街小巷路灯改造议事会";
    const id = await scheduleSession(base, liaison, townshipId, "背街小巷夜间照明不足", title, later);
    const material = "议事会背景材料.pdf";

    // 1. The officer, on a tablet, adds the meeting's material (the same card as the office's).
    browser = await openBrowser("tablet");
    let page = browser.page;
    await page.goto(`${base}/liaison/deliberations/${id}`);
    await signIn(page, "liaison");
    const card = page.locator(".ant-card").filter({ has: page.getByText("会议材料", { exact: true }) });
    await card.getByRole("button", { name: /上传会议材料/ }).waitFor();
    await card.locator("input[type=file]").setInputFiles({ name: material, mimeType: "application/pdf", buffer: letter });
    await card.getByText(material).waitFor();
    await settled(page);
    await shot(page, "attachments-04-liaison-meeting-material");
    await browser.close();

    // 2. An invited member finds it on the meeting's page on the phone.
    browser = await openBrowser("phone");
    page = browser.page;
    await page.goto(`${base}/portal/activities/${id}`);
    await signIn(page, "member");
    const files = page.getByTestId("files-consultation.material-consultation.outcome");
    await files.getByText(material).waitFor();
    await files.scrollIntoViewIfNeeded();
    await shotViewport(page, "attachments-05-member-meeting-material");
    const [download] = await Promise.all([page.waitForEvent("download"), files.getByText(material).click()]);
    expect(download.suggestedFilename()).toBe(material);

    // 3. The member adds a photo to a draft proposal; an SVG with a script, named .jpg, is refused by its bytes.
    const member = await apiSignIn(base, "member");
    const me = await member.query<Me>("auth.me");
    const { sessions } = await member.query<{ sessions: { id: string }[] }>("proposal.options");
    const draft = await member.mutate<Step>("proposal.create", {
      sessionId: sessions[0]!.id,
      proposer: { kind: "member", memberId: me.account.memberId },
      title: "关于背街小巷照明改造的建议",
      situation: "老城区背街小巷路灯稀少，夜间行人摔倒、盗窃时有发生。",
      suggestions: "建议分批改造背街小巷照明，并纳入年度民生实事项目。",
      category: "urbanRural",
      isLivelihood: true,
    });
    await page.goto(`${base}/portal/proposals/${draft.id}/edit`);
    const section = page.getByTestId("files-proposal.material");
    await section.getByText("暂无文件").waitFor();
    await section.locator("input[type=file]").setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: png });
    await section.getByText("现场照片.png").waitFor();
    await untilToastsGone(page);
    await section.scrollIntoViewIfNeeded();
    await shotViewport(page, "attachments-06-member-draft-material");
    await section.locator("input[type=file]").setInputFiles({ name: "照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>") });
    await page.getByText("不支持的文件类型：仅限 PDF、Word、Excel、图片").waitFor();
    await shotViewport(page, "attachments-07-member-draft-refused");
  });
});
