import { SearchOutlined } from "@ant-design/icons";
import { searchGroupLabels, type SearchGroup, type SearchHit } from "@cppcc/domain";
import { useDebounced, useTRPC } from "@cppcc/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AutoComplete, Input, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { TopicModal } from "./TopicModal";

type Option = { value: string; group: SearchGroup; hit: SearchHit; label: React.ReactNode; "aria-label": string };

/** Where a hit opens in the office's app; a topic not yet scheduled has no page here and opens in a dialog. */
function pathOf(group: SearchGroup, hit: SearchHit): string | null {
  switch (group) {
    case "member":
      return `/roster/members?q=${encodeURIComponent(hit.title)}&member=${hit.id}`;
    case "proposal":
      return `/proposals/${hit.id}`;
    case "consultation":
      return `/consultations/${hit.id}`;
    case "residentTopic":
      return hit.targetId ? `/consultations/${hit.targetId}` : null;
  }
}

/**
 * 全局搜索 in the office's header: members, proposals, consultations and residents' topics as
 * the person types (asked once per pause), grouped, a few each. antd's AutoComplete is an ARIA
 * combobox with a listbox: ↑/↓ move, Enter opens the record, Esc closes the list.
 */
export function GlobalSearch({ width }: { width: number }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [topic, setTopic] = useState<SearchHit | null>(null);
  const query = useDebounced(text.trim(), 250);
  const result = useQuery(trpc.search.global.queryOptions({ query }, { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 30_000 }));
  const groups = query.length > 0 ? (result.data?.groups ?? []) : [];
  const options = groups.map((g) => ({
    label: searchGroupLabels[g.group],
    options: g.hits.map<Option>((hit) => ({
      value: `${g.group}:${hit.id}`,
      group: g.group,
      hit,
      // What a screen reader announces for the row (the select passes aria-* of an option through), not its value.
      "aria-label": `${searchGroupLabels[g.group]}：${hit.title}，${hit.detail}`,
      label: (
        <div style={{ lineHeight: 1.4, padding: "2px 0" }}>
          <div style={{ overflow: "hidden", textOverflow: "ellipsis" }}>{hit.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hit.detail}
          </Typography.Text>
        </div>
      ),
    })),
  }));
  const open = (option: Option) => {
    setText("");
    const path = pathOf(option.group, option.hit);
    if (path) void navigate(path);
    else setTopic(option.hit);
  };
  const searched = query.length > 0 && result.isSuccess && !result.isPlaceholderData;
  return (
    // The header sets a 64px line height; the box keeps its own.
    <div style={{ display: "flex", alignItems: "center", lineHeight: "normal" }}>
      <AutoComplete
        value={text}
        options={options}
        onChange={setText}
        onSelect={(_, option) => open(option as unknown as Option)}
        defaultActiveFirstOption
        style={{ width }}
        popupMatchSelectWidth={Math.max(width, 360)}
        notFoundContent={searched ? "没有找到相关的委员、提案、协商或议题" : undefined}
      >
        <Input prefix={<SearchOutlined />} placeholder="搜索委员、提案、协商、议题" aria-label="全局搜索" allowClear />
      </AutoComplete>
      <TopicModal topic={topic} onClose={() => setTopic(null)} />
    </div>
  );
}
