import { consultationSuggestion } from "@cppcc/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type Caller, type TestApi } from "../../src/testing";
import { daysFromToday, errorOf, heldDeliberation, recordResidentSuggestion, today, townshipId, unitId } from "./fixtures";

/** The township's open-items list (销号清单) with overdue items marked, and the venues of a township. */
let api: TestApi;
let admin: Caller;
let liaison: Caller;
let handler: Caller;
let member: Caller;
let danghu: string;
beforeAll(async () => {
  api = await createTestApi();
  admin = (await api.loginAs("admin")).caller;
  liaison = (await api.loginAs("liaison")).caller;
  handler = (await api.loginAs("handler")).caller;
  member = (await api.loginAs("member")).caller;
  danghu = await townshipId(api, "当湖街道");
});
afterAll(() => api?.close());

describe("suggestion.openItems (销号清单)", () => {
  it("lists what is not closed, most urgent first, overdue marked, keyset-paged", async () => {
    const session = await heldDeliberation(api, liaison, danghu, 1);
    const unit = await unitId(api, "市住建局");
    const [a, b, c, d, e] = await Promise.all([1, 2, 3, 4, 5].map((n) => recordResidentSuggestion(liaison, session.id, n)));
    const route = (s: typeof a, deadline: string) => liaison.consultation.suggestion.route({ id: s!.id, version: s!.version, handlingUnitId: unit, deadline });
    await route(a, daysFromToday(20));
    // A deadline that has passed cannot be set through the API; the clock moving on is what makes it overdue.
    await api.db.db.update(consultationSuggestion).set({ deadline: daysFromToday(-2) }).where(eq(consultationSuggestion.id, a!.id));
    await route(b, daysFromToday(3));
    const routedD = await route(d, daysFromToday(30));
    await handler.consultation.suggestion.answer({ id: d!.id, version: routedD.version, answer: "已完成整改并回访居民" });
    await liaison.consultation.suggestion.close({ id: e!.id, version: e!.version, result: "implemented" });

    const list = await liaison.consultation.suggestion.openItems({ townshipId: danghu });
    expect(list.items.map((i) => [i.id, i.status, i.overdue, i.daysOverdue])).toEqual([
      [a!.id, "overdue", true, 2],
      [b!.id, "dueSoon", false, 0],
      [c!.id, "unrouted", false, 0],
      [d!.id, "answered", false, 0],
    ]);
    expect(list.summary).toEqual({ overdue: 1, dueSoon: 1, unrouted: 1, answeredLate: 0, answered: 1, onTime: 0, total: 4 });
    expect(list.items[0]).toMatchObject({ consultationTitle: "第1次民生议事会", handlingUnitName: "市住建局" });

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof liaison.consultation.suggestion.openItems>> = await liaison.consultation.suggestion.openItems({ limit: 1, cursor });
      paged.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(list.items.map((i) => i.id));

    // The same marks on the handler's inbox and the office's council-wide list.
    const inbox = await handler.consultation.suggestion.list({ state: "routed" });
    expect(inbox.items.find((s) => s.id === a!.id)?.deadlineStatus).toBe("overdue");
    expect((await admin.consultation.suggestion.openItems()).summary.total).toBe(4);
    const byConsultation = await liaison.consultation.suggestion.list({ consultationId: session.id, limit: 2 });
    expect(byConsultation.items).toHaveLength(2);
    expect(byConsultation.nextCursor).not.toBeNull();
  });
});

describe("venues", () => {
  it("are kept per township with their kind's rules, and list their activities", async () => {
    const stars = await errorOf(admin.consultation.venue.create({ kind: "receptionHall", name: "民建界别委员会客厅", stars: 2 }));
    expect(stars.message).toBe("委员会客厅星级须在 3 至 5 星之间");
    const rated = await errorOf(liaison.consultation.venue.create({ kind: "deliberationHall", name: "当湖民生议事堂", townshipId: danghu, stars: 4 }));
    expect(rated.message).toBe("民生议事堂不评星级，请清除星级");
    const noTownship = await errorOf(admin.consultation.venue.create({ kind: "memberStudio", name: "无归属工作室" }));
    expect(noTownship.message).toBe("委员工作室须归属一个镇街道，请选择镇街道");

    const hall = await admin.consultation.venue.create({ kind: "receptionHall", name: "民建界别委员会客厅", stars: 4, address: "平湖市当湖街道" });
    const deliberationHall = await liaison.consultation.venue.create({ kind: "deliberationHall", name: "当湖民生议事堂", townshipId: danghu });
    const same = await errorOf(liaison.consultation.venue.create({ kind: "consultationPost", name: "当湖民生议事堂", townshipId: danghu }));
    expect(same.code).toBe("CONFLICT");
    const upgraded = await admin.consultation.venue.update({ id: hall.id, version: hall.version, kind: "receptionHall", name: hall.name, stars: 5 });
    expect(upgraded.stars).toBe(5);
    expect((await errorOf(admin.consultation.venue.update({ id: hall.id, version: hall.version, kind: "receptionHall", name: hall.name, stars: 3 }))).code).toBe("CONFLICT");

    // A reception hall's activity is a consultation held there.
    const activity = await admin.consultation.create({
      title: "会客厅里话民生主题活动",
      formatCode: "receptionHallActivity",
      year: Number(today().slice(0, 4)),
      venueId: hall.id,
    });
    const wrongKind = await errorOf(
      liaison.consultation.create({ title: "驿站里的议事活动", formatCode: "consultationPostActivity", year: Number(today().slice(0, 4)), townshipId: danghu, venueId: deliberationHall.id }),
    );
    expect(wrongKind.message).toBe("「协商驿站活动」应在协商驿站举行，所选阵地是民生议事堂");
    const detail = await admin.consultation.venue.get({ id: hall.id });
    expect(detail.activities.map((a) => [a.id, a.formatName])).toEqual([[activity.id, "委员会客厅活动"]]);

    // Liaison: own township's only; members see every venue; lists filter by kind.
    expect((await liaison.consultation.venue.list()).items.map((v) => v.name)).toEqual(["当湖民生议事堂"]);
    expect((await member.consultation.venue.list()).items.map((v) => v.name).sort()).toEqual(["当湖民生议事堂", "民建界别委员会客厅"].sort());
    expect((await admin.consultation.venue.list({ kind: "receptionHall" })).items).toEqual([
      expect.objectContaining({ name: "民建界别委员会客厅", stars: 5, activityCount: 1, townshipName: null }),
    ]);
  });
});
