import { invitationStateLabels } from "@cppcc/domain";
import { useDebounced, useTRPC } from "@cppcc/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";

type Props = {
  id?: string;
  consultationId: string;
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
};

/**
 * Finds any active member of the term by name or pinyin initials (a walk-in may live in another
 * township), showing whether they are already invited or present. Names picked earlier stay
 * readable while the next search shows other people.
 */
export function MemberPicker({ id, consultationId, multiple, value, onChange }: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [known, setKnown] = useState<Record<string, string>>({});
  const query = useDebounced(text.trim(), 250);
  const found = useQuery(
    trpc.consultation.invitation.members.queryOptions({ consultationId, query: query || null, limit: 20 }, { placeholderData: keepPreviousData }),
  );
  const items = found.data?.items ?? [];
  const status = (m: (typeof items)[number]) =>
    m.checkedInAt ? " · 已出席" : m.invitationState && m.invitationState !== "withdrawn" ? ` · ${invitationStateLabels[m.invitationState]}` : "";
  const options = items.map((m) => ({ value: m.memberId, label: `${m.name}（${m.sectorName} · ${m.townshipGroupName}${status(m)}）`, name: m.name }));
  const picked = (Array.isArray(value) ? value : value ? [value] : []).filter((v) => !items.some((m) => m.memberId === v));
  options.push(...picked.map((v) => ({ value: v, label: known[v] ?? "已选委员", name: known[v] ?? "已选委员" })));
  return (
    <Select
      id={id}
      mode={multiple ? "multiple" : undefined}
      value={value}
      allowClear
      style={{ width: "100%" }}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder="输入姓名或拼音首字母查找委员"
      loading={found.isFetching}
      notFoundContent={found.isFetching ? "查找中…" : "没有找到在任委员"}
      options={options}
      optionLabelProp="name"
      onChange={(v: string | string[]) => {
        setKnown((k) => ({ ...k, ...Object.fromEntries(items.map((m) => [m.memberId, m.name])) }));
        setText("");
        onChange?.(v);
      }}
    />
  );
}
