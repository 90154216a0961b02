import { proposalCategoryLabels, type ProposalCategory } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Card, Skeleton, Timeline, Typography } from "antd";
import { formatDateTime } from "./format";
import type { TimelineEntry } from "./types";

/** A line of detail the timeline shows under a step, from what the step recorded. */
function detailOf(e: TimelineEntry): string | null {
  const d = e.detail as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" && v ? v : null);
  switch (e.type) {
    case "file": {
      const change = (v: unknown, label: (x: unknown) => string) => {
        const c = v as { before: unknown; after: unknown } | undefined;
        return c ? `${label(c.before)} → ${label(c.after)}` : null;
      };
      const category = change(d.category, (x) => (x ? proposalCategoryLabels[x as ProposalCategory] : "未选"));
      const livelihood = change(d.isLivelihood, (x) => (x === true ? "民生类" : x === false ? "非民生类" : "未选"));
      return [text(d.number) && `案号 ${String(d.number)}`, category && `类别 ${category}`, livelihood && `${livelihood}`].filter(Boolean).join("；") || null;
    }
    case "reassign":
      return [text(d.reason) && `理由：${String(d.reason)}`, text(d.dueOn) && `办理期限至 ${String(d.dueOn)}`].filter(Boolean).join("；") || null;
    case "extensionRequested":
      return `${String(d.dueOn)} → 申请延至 ${String(d.requestedDueOn)}；理由：${String(d.reason ?? "")}`;
    case "extensionGranted":
      return `办理期限延至 ${String(d.grantedDueOn)}${text(d.decisionNote) ? `（${String(d.decisionNote)}）` : ""}`;
    case "extensionRefused":
      return text(d.decisionNote) && `理由：${String(d.decisionNote)}`;
    case "returnForRevision":
      return Array.isArray(d.reasons) ? `理由：${d.reasons.join("；")}` : null;
    case "notFile":
      return text(d.groundLabel);
    case "merge":
      return text(d.primaryNumber) && `并入 ${String(d.primaryNumber)} 组`;
    case "assign":
      return text(d.dueOn) && `办理期限至 ${String(d.dueOn)}`;
    case "returnAssignment":
      return text(d.reason) && `理由：${String(d.reason)}`;
    case "reply":
      return text(d.categoryCode) && `${String(d.categoryCode)} 类（${String(d.categoryLabel ?? "")}）`;
    case "evaluate":
      return text(d.overallLabel);
    case "markKey":
      return text(d.sponsorName) && `领办：${String(d.sponsorTitle ?? "")} ${String(d.sponsorName)}`;
    case "followUpHeld":
      return [text(d.heldOn), text(d.note)].filter(Boolean).join("：") || null;
    case "cosignerConfirmed":
    case "cosignerDeclined":
      // The co-signer answered for themself: the line already names them.
      return null;
    default:
      return e.memberNames.length > 0 ? e.memberNames.join("、") : null;
  }
}

/** Who took the step; a unit's letter entered by staff names both. */
function actorOf(e: TimelineEntry): string {
  const actor = e.actorName ?? "";
  if (!e.unitName || actor.includes(e.unitName)) return actor;
  return e.actorRole === "admin" ? `${actor} 代${e.unitName}录入` : `${e.unitName} ${actor}`;
}

// Explicit colours: antd draws "blue" in the theme's primary colour, which here is 政协 red.
const colorOf = (type: string) =>
  ["returnForRevision", "notFile", "returnAssignment", "withdraw", "extensionRefused"].includes(type) ? "#ff4d4f" : ["close", "file"].includes(type) ? "#52c41a" : "#1677ff";

/** 办理过程: everything that happened to the proposal, oldest first, who did it and when. */
export function TimelineCard({ id }: { id: string }) {
  const trpc = useTRPC();
  const timeline = useQuery(trpc.proposal.timeline.queryOptions({ id }));
  return (
    <Card title="办理过程">
      {timeline.isPending ? (
        <Skeleton active />
      ) : timeline.isError ? (
        <QueryFailed query={timeline} />
      ) : (
        <Timeline
          items={timeline.data.map((e) => {
            const detail = detailOf(e);
            return {
              key: e.id,
              color: colorOf(e.type),
              content: (
                <>
                  <Typography.Text strong>{e.label}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {formatDateTime(e.at)}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {actorOf(e)}
                    </Typography.Text>
                  </div>
                  {detail && <div style={{ fontSize: 13 }}>{detail}</div>}
                </>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
