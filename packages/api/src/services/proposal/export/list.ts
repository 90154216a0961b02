import { proposal } from "@cppcc/db";
import {
  handlingRoleLabels,
  proposalCategoryLabels,
  proposalStatusLabels,
  proposerKindLabels,
  RuleViolation,
  shanghaiDate,
} from "@cppcc/domain";
import { and, asc, count } from "drizzle-orm";
import type { z } from "zod";
import type { SignedInContext } from "../../../context";
import type { exportListInput } from "../inputs";
import { listFilters } from "../read/list";
import { bodyNames, memberNames, sessionLabels, unitNames } from "../read/names";
import { proposalRules } from "../shared/rules";
import { proposalScope } from "../shared/scope";
import { workbookBase64 } from "./workbook";

/** A city files a few hundred a session; a larger export means the filters were left off by mistake. */
const maxRows = 5000;

/** 提案一览表: the filtered list as a workbook, in number order, with units, reply categories and ratings. */
export async function exportList({ ctx, input }: { ctx: SignedInContext; input: z.infer<typeof exportListInput> }) {
  const { db } = ctx.db;
  const councilId = ctx.session.council.id;
  const where = and(proposalScope(ctx, "proposal.read"), ...listFilters(ctx, input));
  const [total] = await db.select({ n: count() }).from(proposal).where(where);
  if ((total?.n ?? 0) > maxRows) throw new RuleViolation(`符合条件的提案有 ${total!.n} 件，超过一次导出的上限 ${maxRows} 件，请按届次会议或状态缩小范围后再导出`);
  const rows = await db.select().from(proposal).where(where).orderBy(asc(proposal.sessionId), asc(proposal.serial), asc(proposal.listedAt));
  const [members, bodies, units, sessions, rules] = await Promise.all([
    memberNames(db, rows.map((r) => r.leadMemberId)),
    bodyNames(db, councilId, rows),
    unitNames(db, councilId),
    sessionLabels(db, councilId),
    proposalRules(db, councilId),
  ]);
  const level = (code: string | undefined) => rules.satisfaction.scale.find((l) => l.code === code)?.label ?? "";
  const table = rows.map((r) => {
    const s = r.state;
    const latest = Math.max(-1, ...s.replies.map((x) => x.round));
    return [
      r.number ?? "",
      r.title,
      sessions.get(r.sessionId)?.label ?? "",
      proposerKindLabels[r.proposerKind],
      (r.proposerBodyId && bodies.get(r.proposerBodyId)) || (r.leadMemberId && members.get(r.leadMemberId)) || "",
      r.category ? proposalCategoryLabels[r.category] : "",
      r.isLivelihood ? "是" : "否",
      proposalStatusLabels[r.status],
      (s.assignment?.units ?? []).map((u) => `${units.get(u.handlingUnitId) ?? ""}（${handlingRoleLabels[u.role]}）`).join("、"),
      s.dueOn ?? "",
      s.replies.filter((x) => x.round === latest).map((x) => x.categoryCode).join("、"),
      level(s.evaluation?.overall),
      s.keyProposal ? "是" : "",
      r.submittedOn ?? "",
      r.filedOn ?? "",
    ];
  });
  const headers = ["编号", "标题", "届次会议", "提案类型", "提案者", "类别", "民生", "状态", "承办单位", "办理期限", "答复类别", "测评", "重点提案", "提交日期", "立案日期"];
  const today = shanghaiDate(ctx.clock.now());
  const base64 = await workbookBase64([{ name: "提案一览", columns: headers.map((header) => ({ header })), rows: table }]);
  return { filename: `提案一览-${today}.xlsx`, base64, count: rows.length };
}
