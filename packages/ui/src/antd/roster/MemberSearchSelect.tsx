import { Select } from "antd";
import { useState } from "react";

/** One member the server found: `label` says who is who in the list, `name` is what a chosen one shows. */
export type MemberSearchItem = { id: string; label: string; name: string };

/** What a form gives a member field; each app's select takes these and adds its own query. */
export type MemberFieldProps = {
  id?: string;
  /** One member, or several (inviting by name). */
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  placeholder?: string;
};

type Props = MemberFieldProps & {
  /** What the current search found; the app asks its own query with the text from onSearch. */
  items: MemberSearchItem[];
  fetching: boolean;
  /** The text typed so far (not debounced), and "" once a member is chosen. */
  onSearch: (text: string) => void;
  /** Said when the search finds no one: which members it looks among. */
  notFound: string;
};

/**
 * A select that asks the server for members as the person types (name or pinyin initials). Names
 * picked earlier stay readable while the next search shows other people.
 */
export function MemberSearchSelect({ id, multiple, value, onChange, placeholder = "输入姓名或拼音首字母查找委员", items, fetching, onSearch, notFound }: Props) {
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = items.map((m) => ({ value: m.id, label: m.label, name: m.name }));
  const picked = (Array.isArray(value) ? value : value ? [value] : []).filter((v) => !items.some((m) => m.id === v));
  options.push(...picked.map((v) => ({ value: v, label: known[v] ?? "已选委员", name: known[v] ?? "已选委员" })));
  return (
    <Select
      id={id}
      mode={multiple ? "multiple" : undefined}
      value={value}
      allowClear
      style={{ width: "100%" }}
      showSearch={{ filterOption: false, onSearch }}
      placeholder={placeholder}
      loading={fetching}
      notFoundContent={fetching ? "查找中…" : notFound}
      options={options}
      optionLabelProp="name"
      onChange={(v: string | string[]) => {
        setKnown((k) => ({ ...k, ...Object.fromEntries(items.map((m) => [m.id, m.name])) }));
        onSearch("");
        onChange?.(v);
      }}
    />
  );
}
