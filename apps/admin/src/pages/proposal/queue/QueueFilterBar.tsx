import { handlingUnitName, proposalCategories, proposalCategoryLabels, type ProposalStatus, proposalStatuses, proposalStatusLabels, proposerKindLabels, proposerKinds } from "@cppcc/domain";
import { useDebounced } from "@cppcc/ui";
import { SearchInput } from "@cppcc/ui/antd";
import { Button, Flex, Segmented, Select } from "antd";
import { useEffect, useState, type ReactNode } from "react";
import type { ProposalFilters, ProposalOptions } from "../shared/types";
import { presetOf, queuePresets } from "./presets";
import { allSessions, type QueueKey } from "./useQueueParams";

type Props = {
  filters: ProposalFilters;
  session: string;
  statuses: ProposalStatus[];
  options: ProposalOptions | undefined;
  onChange: (key: QueueKey, value: string | undefined) => void;
  onReset: () => void;
  canReset: boolean;
  actions?: ReactNode;
};

const choices = <T extends string>(list: readonly T[], labels: Record<T, string>) => list.map((v) => ({ value: v, label: labels[v] }));

/** The stage tabs, a search by number or title, and one select per filter the API offers. */
export function QueueFilterBar({ filters, session, statuses, options, onChange, onReset, canReset, actions }: Props) {
  const [text, setText] = useState(filters.query ?? "");
  const settled = useDebounced(text, 300);
  useEffect(() => {
    if ((settled.trim() || undefined) !== filters.query) onChange("query", settled.trim() || undefined);
    // Only a settled change of the box is sent; the address clearing the box is handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  useEffect(() => {
    if (!filters.query) setText("");
  }, [filters.query]);

  const select = (key: QueueKey, placeholder: string, value: string | undefined, opts: { value: string; label: string }[], width = 130) => (
    <Select
      aria-label={placeholder}
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      placeholder={placeholder}
      value={value ?? null}
      onChange={(v: string | null | undefined) => onChange(key, v ?? undefined)}
      options={opts}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
  const yesNo = (v: boolean | undefined) => (v === true ? "yes" : v === false ? "no" : undefined);

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap align="center" justify="space-between">
        <Segmented
          value={presetOf(statuses) ?? ""}
          onChange={(key) => onChange("status", queuePresets.find((p) => p.key === key)?.statuses.join(",") || undefined)}
          options={queuePresets.map((p) => ({ value: p.key, label: p.label }))}
        />
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      </Flex>
      <Flex gap={8} wrap align="center">
        <SearchInput label="搜索提案" placeholder="案号（如 13-5-001）或标题关键词" value={text} onChange={setText} width={260} maxLength={50} />
        <Select
          aria-label="届次会议"
          value={session}
          onChange={(v: string) => onChange("session", v)}
          options={[{ value: allSessions, label: "全部届次会议" }, ...(options?.sessions ?? []).map((s) => ({ value: s.id, label: s.label }))]}
          style={{ width: 180 }}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label="状态"
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder="状态"
          value={statuses}
          onChange={(v: ProposalStatus[]) => onChange("status", v.join(",") || undefined)}
          options={choices(proposalStatuses, proposalStatusLabels)}
          style={{ minWidth: 160, maxWidth: 320 }}
          popupMatchSelectWidth={false}
        />
        {select("category", "类别", filters.category, choices(proposalCategories, proposalCategoryLabels), 140)}
        {select("livelihood", "民生", yesNo(filters.isLivelihood), [
          { value: "yes", label: "民生类" },
          { value: "no", label: "非民生类" },
        ], 100)}
        {select("kind", "提案者类型", filters.proposerKind, choices(proposerKinds, proposerKindLabels), 150)}
        {select("unit", "承办单位", filters.handlingUnitId, (options?.handlingUnits ?? []).map((u) => ({ value: u.id, label: handlingUnitName(u) })), 150)}
        {select("key", "重点提案", filters.isKey ? "yes" : undefined, [{ value: "yes", label: "仅重点提案" }], 120)}
        <Button type="link" onClick={onReset} disabled={!canReset}>
          清除筛选
        </Button>
      </Flex>
    </Flex>
  );
}
