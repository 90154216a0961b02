import {
  memberLoginFilterLabels,
  memberLoginFilters,
  memberPostLabels,
  memberPosts,
  memberStatusLabels,
  memberStatuses,
  partyAffiliationLabels,
  partyAffiliations,
  termLabel,
} from "@cppcc/domain";
import { useDebounced } from "@cppcc/ui";
import { type MemberFilters, type RosterReference } from "@cppcc/ui/roster";
import { SearchInput } from "@cppcc/ui/antd";
import { Button, Flex, Select } from "antd";
import { useEffect, useState, type ReactNode } from "react";
import type { FilterKey } from "./useMemberFilterParams";

type Props = {
  filters: MemberFilters;
  reference: RosterReference | undefined;
  onChange: (key: FilterKey, value: string | undefined) => void;
  onReset: () => void;
  canReset: boolean;
  actions?: ReactNode;
};

const options = <T extends string>(list: readonly T[], labels: Record<T, string>) => list.map((v) => ({ value: v, label: labels[v] }));

/** Search by name or pinyin initials, and one select per filter the API offers. */
export function MemberFilterBar({ filters, reference, onChange, onReset, canReset, actions }: Props) {
  const [text, setText] = useState(filters.query ?? "");
  const settled = useDebounced(text, 300);
  useEffect(() => {
    if ((settled.trim() || undefined) !== filters.query) onChange("query", settled.trim() || undefined);
    // Only a settled change of the box is sent; the address changing the box is handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  useEffect(() => {
    if (!filters.query) setText("");
  }, [filters.query]);

  const select = (key: FilterKey, placeholder: string, opts: { value: string; label: string }[], width = 140) => (
    <Select
      id={`filter-${key}`}
      aria-label={placeholder}
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      placeholder={placeholder}
      value={filters[key] ?? null}
      onChange={(v: string | null | undefined) => onChange(key, v ?? undefined)}
      options={opts}
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap align="center" justify="space-between">
        <SearchInput label="搜索委员" placeholder="姓名、拼音首字母、工作单位或手机号" value={text} onChange={setText} width={280} maxLength={30} />
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      </Flex>
      <Flex gap={8} wrap align="center">
        {select("termId", "届次", (reference?.terms ?? []).map((t) => ({ value: t.id, label: termLabel(t.number) })), 110)}
        {select("sectorId", "界别", (reference?.sectors ?? []).map((s) => ({ value: s.id, label: s.name })))}
        {select("committeeId", "专委会", (reference?.committees ?? []).map((c) => ({ value: c.id, label: c.name })), 170)}
        {select("townshipGroupId", "委员小组", (reference?.townshipGroups ?? []).map((g) => ({ value: g.id, label: g.name })), 160)}
        {select("partyAffiliation", "党派", options(partyAffiliations, partyAffiliationLabels), 110)}
        {select("post", "职务", options(memberPosts, memberPostLabels), 100)}
        {select("status", "状态", options(memberStatuses, memberStatusLabels), 100)}
        {select("login", "登录账号", options(memberLoginFilters, memberLoginFilterLabels), 120)}
        <Button type="link" onClick={onReset} disabled={!canReset}>
          清除筛选
        </Button>
      </Flex>
    </Flex>
  );
}
