import { List, Picker } from "antd-mobile";
import { useState } from "react";
import type { ProposalOptions } from "../types";

/** The plenary session the proposal is for; chosen before the draft exists, fixed after. */
export function SessionField({ options, sessionId, onChange }: { options: ProposalOptions; sessionId: string; onChange?: (id: string) => void }) {
  const [picking, setPicking] = useState(false);
  const label = options.sessions.find((s) => s.id === sessionId)?.label ?? "";
  return (
    <List mode="card">
      <List.Item extra={label} onClick={onChange ? () => setPicking(true) : undefined} arrowIcon={onChange ? undefined : false}>
        届次会议
      </List.Item>
      {onChange && (
        <Picker
          columns={[options.sessions.map((s) => ({ label: s.label, value: s.id }))]}
          value={[sessionId]}
          visible={picking}
          onClose={() => setPicking(false)}
          onConfirm={(v) => v[0] && onChange(String(v[0]))}
        />
      )}
    </List>
  );
}
