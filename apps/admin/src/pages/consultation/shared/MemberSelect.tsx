import { useDebounced, useTRPC } from "@cppcc/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";

type Props = {
  id?: string;
  /** One member, or several (inviting by name). */
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  placeholder?: string;
};

/**
 * Finds active members by name or pinyin initials, asking the server as the person types. Names
 * picked earlier stay readable while the next search shows other people.
 */
export function MemberSelect({ id, multiple, value, onChange, placeholder = "输入姓名或拼音首字母查找委员" }: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [known, setKnown] = useState<Record<string, string>>({});
  const query = useDebounced(text.trim(), 250);
  const found = useQuery(
    trpc.roster.members.list.queryOptions({ query: query || undefined, status: "active", limit: 20 }, { placeholderData: keepPreviousData }),
  );
  const items = found.data?.items ?? [];
  // The list says who is who (sector, group); a chosen member shows by name only.
  const options = items.map((m) => ({ value: m.id, label: `${m.name}（${m.sectorName} · ${m.townshipGroupName}）`, name: m.name }));
  const picked = (Array.isArray(value) ? value : value ? [value] : []).filter((v) => !items.some((m) => m.id === v));
  options.push(...picked.map((v) => ({ value: v, label: known[v] ?? "已选委员", name: known[v] ?? "已选委员" })));
  return (
    <Select
      id={id}
      mode={multiple ? "multiple" : undefined}
      value={value}
      allowClear
      style={{ width: "100%" }}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={placeholder}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? "查找中…" : "没有找到在册委员"}
      options={options}
      optionLabelProp="name"
      onChange={(v: string | string[]) => {
        const names = Object.fromEntries(items.map((m) => [m.id, m.name]));
        setKnown((k) => ({ ...k, ...names }));
        setText("");
        onChange?.(v);
      }}
    />
  );
}
