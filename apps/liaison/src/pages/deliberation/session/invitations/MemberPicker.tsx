import { invitationStateLabels } from "@cppcc/domain";
import { useDebounced, useTRPC } from "@cppcc/ui";
import { MemberSearchSelect, type MemberFieldProps } from "@cppcc/ui/antd/roster";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";

type Props = Omit<MemberFieldProps, "placeholder"> & { consultationId: string };

/**
 * Finds any active member of the term (a walk-in may live in another township), showing whether
 * they are already invited or present.
 */
export function MemberPicker({ id, consultationId, multiple, value, onChange }: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const found = useQuery(
    trpc.consultation.invitation.members.queryOptions({ consultationId, query: query || null, limit: 20 }, { placeholderData: keepPreviousData }),
  );
  const items = found.data?.items ?? [];
  const status = (m: (typeof items)[number]) =>
    m.checkedInAt ? " · 已出席" : m.invitationState && m.invitationState !== "withdrawn" ? ` · ${invitationStateLabels[m.invitationState]}` : "";
  return (
    <MemberSearchSelect
      id={id}
      multiple={multiple}
      value={value}
      onChange={onChange}
      items={items.map((m) => ({ id: m.memberId, label: `${m.name}（${m.sectorName} · ${m.townshipGroupName}${status(m)}）`, name: m.name }))}
      fetching={found.isFetching}
      onSearch={setText}
      notFound="没有找到在任委员"
    />
  );
}
