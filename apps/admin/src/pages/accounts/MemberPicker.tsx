import { useDebounced, useTRPC } from "@cppcc/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";

export type PickedMember = { id: string; name: string; phone: string };

type Props = {
  value?: string;
  onChange?: (id: string) => void;
  onPick?: (member: PickedMember) => void;
  /** A member chosen before the picker opened (from the member's own page). */
  preset?: PickedMember;
  id?: string;
};

/** Finds an active member by name or pinyin initials, asking the server as the person types. */
export function MemberPicker({ value, onChange, onPick, preset, id }: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const found = useQuery(
    trpc.roster.members.list.queryOptions({ query: query || undefined, status: "active", limit: 20 }, { placeholderData: keepPreviousData }),
  );
  const items = found.data?.items ?? [];
  const options = items.map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName} · ${m.townshipGroupName}）` }));
  if (preset && !items.some((m) => m.id === preset.id)) options.unshift({ value: preset.id, label: preset.name });
  return (
    <Select
      id={id}
      value={value}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder="输入姓名或拼音首字母查找委员"
      loading={found.isFetching}
      notFoundContent={found.isFetching ? "查找中…" : "没有找到在册委员"}
      options={options}
      onChange={(v: string) => {
        onChange?.(v);
        const m = items.find((i) => i.id === v) ?? (preset?.id === v ? preset : undefined);
        if (m) onPick?.({ id: m.id, name: m.name, phone: m.phone });
      }}
    />
  );
}
