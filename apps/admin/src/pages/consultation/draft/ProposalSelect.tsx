import { proposalNumberText } from "@cppcc/domain";
import { useDebounced, useTRPC } from "@cppcc/ui";
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";

type Props = { id?: string; value?: string[]; onChange?: (ids: string[]) => void };

/** Finds proposals by number or words of the title, for a proposal-handling consultation to link. */
export function ProposalSelect({ id, value = [], onChange }: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const found = useQuery(trpc.proposal.list.queryOptions({ query: query || undefined, limit: 20 }, { placeholderData: keepPreviousData }));
  // Linked proposals the search does not show still need their number and title.
  const chosen = useQueries({ queries: value.map((pid) => trpc.proposal.get.queryOptions({ id: pid }, { staleTime: 5 * 60_000 })) });
  const label = (p: { number: string | null; title: string }) => `${proposalNumberText(p.number)} ${p.title || "（无标题）"}`;
  const options = (found.data?.items ?? []).map((p) => ({ value: p.id, label: label(p) }));
  for (const [i, pid] of value.entries()) {
    const p = chosen[i]?.data;
    if (!options.some((o) => o.value === pid)) options.push({ value: pid, label: p ? label(p) : "已关联的提案" });
  }
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder="输入案号或标题查找提案"
      loading={found.isFetching}
      notFoundContent={found.isFetching ? "查找中…" : "没有找到提案"}
      options={options}
      onChange={(ids: string[]) => {
        setText("");
        onChange?.(ids);
      }}
    />
  );
}
