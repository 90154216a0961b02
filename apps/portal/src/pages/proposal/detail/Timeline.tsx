import { type HandlingRole, handlingRoleLabels, handlingUnitName, type NotFiledConversion, notFiledConversionLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { Steps } from "antd-mobile";
import dayjs from "dayjs";
import type { ProposalOptions, TimelineEntry } from "../types";
import { Section } from "./Section";

type Detail = {
  number?: string;
  reasons?: string[];
  groundLabel?: string;
  conversion?: NotFiledConversion;
  units?: { handlingUnitId: string; role: HandlingRole }[];
  dueOn?: string | null;
  reason?: string;
  categoryCode?: string;
  categoryLabel?: string;
  overallLabel?: string;
  rehandling?: boolean;
  sponsorName?: string;
  proposals?: unknown[];
  grantedDueOn?: string;
};

/** 办理进程: everything that happened to the proposal, oldest first, with who did it and when. */
export function Timeline({ proposalId, options }: { proposalId: string; options: ProposalOptions | undefined }) {
  const trpc = useTRPC();
  const timeline = useQuery(trpc.proposal.timeline.queryOptions({ id: proposalId }));
  if (!timeline.data || timeline.data.length === 0) return null;
  const unitName = (id: string) => {
    const unit = options?.handlingUnits.find((u) => u.id === id);
    return unit ? handlingUnitName(unit) : "";
  };
  return (
    <Section title="办理进程" testId="timeline">
      <Steps direction="vertical" current={timeline.data.length - 1} style={{ "--title-font-size": "15px", "--description-font-size": "13px", padding: 0 } as never}>
        {timeline.data.map((e) => (
          <Steps.Step
            key={e.id}
            status="finish"
            title={<span data-event={e.type}>{e.label}</span>}
            description={
              <>
                <div>
                  {dayjs(e.at).tz().format("YYYY-MM-DD HH:mm")} · {e.unitName ?? e.actorName}
                </div>
                {describe(e, unitName).map((line) => (
                  <div key={line} style={{ color: "#555" }}>
                    {line}
                  </div>
                ))}
              </>
            }
          />
        ))}
      </Steps>
    </Section>
  );
}

/** The few words each kind of event needs beyond its name. */
function describe(e: TimelineEntry, unitName: (id: string) => string): string[] {
  const d = e.detail as Detail;
  const members = e.memberNames.filter(Boolean).join("、");
  switch (e.type) {
    case "cosignersInvited":
    case "cosignerRemoved":
    case "cosignerConfirmedOnPaper":
      return members ? [members] : [];
    case "returnForRevision":
      return (d.reasons ?? []).map((r, i) => `${i + 1}. ${r}`);
    case "file":
      return d.number ? [`编号 ${d.number}`] : [];
    case "notFile":
      return [d.groundLabel ?? "", d.conversion ? notFiledConversionLabels[d.conversion] : ""].filter(Boolean);
    case "assign":
      return [
        (d.units ?? []).map((u) => `${unitName(u.handlingUnitId)}（${handlingRoleLabels[u.role]}）`).join("、"),
        d.dueOn ? `办理期限至 ${d.dueOn}` : "",
      ].filter(Boolean);
    case "returnAssignment":
      return d.reason ? [`理由：${d.reason}`] : [];
    case "reassign":
      return [
        (d.units ?? []).map((u) => `${unitName(u.handlingUnitId)}（${handlingRoleLabels[u.role]}）`).join("、"),
        d.dueOn ? `办理期限至 ${d.dueOn}` : "",
      ].filter(Boolean);
    case "extensionGranted":
      return d.grantedDueOn ? [`办理期限延至 ${d.grantedDueOn}`] : [];
    case "reply":
      return d.categoryCode ? [`${d.categoryCode} 类 · ${d.categoryLabel ?? ""}`] : [];
    case "evaluate":
      return [d.overallLabel ? `总体${d.overallLabel}` : "", d.rehandling ? "转承办单位重新办理" : ""].filter(Boolean);
    case "markKey":
      return d.sponsorName ? [`领办：${d.sponsorName}`] : [];
    case "merge":
      return Array.isArray(d.proposals) ? [`${d.proposals.length} 件提案并案办理`] : [];
    default:
      return [];
  }
}
