import { type AccountListInput, accountStatuses, accountStatusLabels, roleLabels, roles } from "@cppcc/domain";
import { useDebounced } from "@cppcc/ui";
import { SearchInput } from "@cppcc/ui/antd";
import { Flex, Select } from "antd";
import { useEffect, useState, type ReactNode } from "react";

export type AccountFilters = Pick<AccountListInput, "role" | "status" | "search">;

type Props = { filters: AccountFilters; onChange: (filters: AccountFilters) => void; actions: ReactNode };


/** Text in the username or display name (sent once typing settles), a role and a status. */
export function AccountFilterBar({ filters, onChange, actions }: Props) {
  const [text, setText] = useState(filters.search ?? "");
  const settled = useDebounced(text, 300).trim() || undefined;
  useEffect(() => {
    if (settled !== filters.search) onChange({ ...filters, search: settled });
    // Only a settled change of the box is sent.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  return (
    <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center">
        <SearchInput label="搜索账号" placeholder="用户名或显示名称" value={text} onChange={setText} width={240} maxLength={40} />
        <Select
          aria-label="角色"
          allowClear
          placeholder="角色"
          value={filters.role ?? null}
          onChange={(role) => onChange({ ...filters, role: role ?? undefined })}
          options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
          style={{ width: 140 }}
        />
        <Select
          aria-label="状态"
          allowClear
          placeholder="状态"
          value={filters.status ?? null}
          onChange={(status) => onChange({ ...filters, status: status ?? undefined })}
          options={accountStatuses.map((s) => ({ value: s, label: accountStatusLabels[s] }))}
          style={{ width: 110 }}
        />
      </Flex>
      {actions}
    </Flex>
  );
}
