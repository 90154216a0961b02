import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as domain from "./index";

/**
 * One name per thing: every state, status and kind has one label, kept in the domain's label maps,
 * and no screen spells it its own way. The retired variants below were once shown side by side.
 */
const root = join(import.meta.dirname, "../../..");
const screens = ["apps/admin/src", "apps/liaison/src", "apps/portal/src", "packages/ui/src", "packages/api/src", "packages/domain/src"];

const retired: [variant: string, instead: string][] = [
  ["尚未立案", "unnumberedProposalLabel（未立案）"],
  ["未编号", "unnumberedProposalLabel（未立案）"],
  ["（未立案）", "unnumberedProposalLabel（未立案）"],
  ["界别管理", "a screen that exists, or what the office can do"],
  ["管理中添加", "a screen that exists, or what the office can do"],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe("labels", () => {
  const maps = Object.entries(domain).filter(
    (e): e is [string, Record<string, string>] =>
      /Labels$/.test(e[0]) && typeof e[1] === "object" && e[1] !== null && Object.values(e[1]).every((v) => typeof v === "string"),
  );

  it("gives each value of every label map its own, non-empty label", () => {
    expect(maps.map(([name]) => name)).toEqual(expect.arrayContaining(["proposalStatusLabels", "consultationStateLabels", "accountStatusLabels"]));
    for (const [name, labels] of maps) {
      const values = Object.values(labels);
      expect(values.every((v) => v.trim().length > 0), name).toBe(true);
      expect(new Set(values).size, `${name} gives two values the same label`).toBe(values.length);
    }
  });

  it("keeps retired wordings out of every app, the shared UI and the API", () => {
    const found: string[] = [];
    for (const dir of screens) {
      for (const file of sourceFiles(join(root, dir))) {
        const text = readFileSync(file, "utf8");
        for (const [variant, instead] of retired) {
          if (text.includes(variant)) found.push(`${relative(root, file)}: 「${variant}」→ ${instead}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("has one wording for a proposal without a number", () => {
    expect(domain.proposalNumberText(null)).toBe(domain.unnumberedProposalLabel);
    expect(domain.proposalNumberText("13-2-015")).toBe("13-2-015");
  });

  it("calls a handling unit by its short name, falling back to the full one", () => {
    expect(domain.handlingUnitName({ name: "平湖市住房和城乡建设局", shortName: "市住建局" })).toBe("市住建局");
    expect(domain.handlingUnitName({ name: "平湖市人民政府办公室", shortName: "" })).toBe("平湖市人民政府办公室");
  });
});
