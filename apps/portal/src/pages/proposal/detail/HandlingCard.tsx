import { handlingRoleLabels, notFiledConversionLabels } from "@cppcc/domain";
import type { ProposalDetail } from "../types";
import { Section } from "./Section";

/** Not filed (with the ground), or assigned: the units and the handling period. */
export function HandlingCard({ proposal: p }: { proposal: ProposalDetail }) {
  if (p.notFiled) {
    return (
      <Section title="审查结果" testId="not-filed">
        <div style={{ fontSize: 15 }}>不予立案：{p.notFiled.groundLabel}</div>
        <div style={{ fontSize: 13, color: "#666", marginTop: 4 }}>{notFiledConversionLabels[p.notFiled.conversion]}</div>
      </Section>
    );
  }
  if (!p.assignment) return null;
  return (
    <Section title="交办情况" testId="assignment">
      {p.assignment.units.map((u) => (
        <div key={u.handlingUnitId} style={{ display: "flex", justifyContent: "space-between", padding: "4px 0", fontSize: 15 }}>
          <span>{u.name}</span>
          <span style={{ color: "#666", fontSize: 13 }}>{handlingRoleLabels[u.role]}</span>
        </div>
      ))}
      <div style={{ fontSize: 13, color: "#999", marginTop: 6 }}>
        交办于 {p.assignment.assignedOn}
        {p.dueOn && (p.status === "assigned" || p.status === "rehandling") && ` · 办理期限至 ${p.dueOn}`}
        {p.status === "rehandling" && " · 重新办理中"}
      </div>
    </Section>
  );
}
