import type { HandlerHome } from "@cppcc/domain";
import type { SignedInContext } from "../../context";
import { openItems } from "../consultation/suggestion/openItems";
import { decidedExtensions } from "../extension/decided";
import { listProposals } from "../proposal/read/list";
import { overdueList } from "../proposal/read/overdue";

/**
 * The handling unit's home, through the services of the lists it links to (承办提案's 待办理 tab and
 * deadline views, 建议办理's open items), each scoped in SQL to the unit as those lists are.
 */
export async function handlerHome({ ctx }: { ctx: SignedInContext }): Promise<HandlerHome> {
  const [todo, open, dueSoon, overdue, suggestions, extensions] = await Promise.all([
    listProposals({ ctx, input: { statuses: ["assigned", "rehandling"], order: "oldest", limit: 5 } }),
    overdueList({ ctx, input: { window: "open" } }),
    overdueList({ ctx, input: { window: "dueSoon" } }),
    overdueList({ ctx, input: { window: "overdue" } }),
    openItems({ ctx, input: { limit: 1 } }),
    decidedExtensions(ctx, 10),
  ]);
  const s = suggestions.summary;
  return {
    proposals: {
      awaitingReply: todo.total ?? todo.items.length,
      dueSoon: dueSoon.length,
      overdue: overdue.length,
      coOpinionsToGive: open.filter((t) => t.role === "co").length,
      oldest: todo.items.map((p) => ({ id: p.id, number: p.number, title: p.title, status: p.status })),
    },
    // Routed and unanswered, whatever their urgency (a unit never sees the office's unrouted ones).
    suggestions: { awaitingAnswer: s.overdue + s.dueSoon + s.onTime, dueSoon: s.dueSoon, overdue: s.overdue },
    extensionsDecided: extensions,
  };
}
