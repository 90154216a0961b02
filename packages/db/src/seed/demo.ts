import { zhejiangCityPreset } from "@cppcc/domain";
import { count } from "drizzle-orm";
import type { Db } from "../client";
import { hashPassword } from "../password";
import { account, council, township } from "../schema";
import { demoAccounts, demoPassword } from "./accounts";

const townships = [
  { name: "当湖街道", kind: "street" },
  { name: "钟埭街道", kind: "street" },
  { name: "曹桥街道", kind: "street" },
  { name: "乍浦镇", kind: "town" },
  { name: "新埭镇", kind: "town" },
  { name: "新仓镇", kind: "town" },
  { name: "广陈镇", kind: "town" },
  { name: "林埭镇", kind: "town" },
  { name: "独山港镇", kind: "town" },
] as const;

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(council);
  return (row?.n ?? 0) === 0;
}

/**
 * The demo city: 政协平湖市委员会 (a county-level city) under its real chain of councils, its
 * nine townships and streets, and one account per role. Deterministic: the same every run.
 */
export async function seedDemo(db: Db): Promise<{ councilId: string }> {
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    let parentId: string | null = null;
    const chain = [
      { name: "中国人民政治协商会议全国委员会", level: "national" },
      { name: "政协浙江省委员会", level: "province" },
      { name: "政协嘉兴市委员会", level: "city" },
      { name: "政协平湖市委员会", level: "county" },
    ] as const;
    for (const c of chain) {
      const [row]: { id: string }[] = await tx
        .insert(council)
        .values({ name: c.name, level: c.level, parentId, ruleSet: zhejiangCityPreset })
        .returning({ id: council.id });
      parentId = row!.id;
    }
    const councilId = parentId!;

    const rows = await tx
      .insert(township)
      .values(townships.map((t, i) => ({ councilId, name: t.name, kind: t.kind, sortOrder: i + 1 })))
      .returning({ id: township.id, name: township.name });
    const dangHu = rows.find((r) => r.name === "当湖街道")!;

    await tx.insert(account).values(
      demoAccounts.map((a) => ({
        councilId,
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        passwordHash,
        townshipId: a.role === "liaison" ? dangHu.id : null,
      })),
    );
    return { councilId };
  });
}
