import { useDebounced, useTRPC } from "@cppcc/ui";
import { MemberSearchSelect, type MemberFieldProps } from "@cppcc/ui/antd/roster";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";

/** Finds active members on the roster. */
export function MemberSelect({ id, multiple, value, onChange, placeholder }: MemberFieldProps) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const found = useQuery(
    trpc.roster.members.list.queryOptions({ query: query || undefined, status: "active", limit: 20 }, { placeholderData: keepPreviousData }),
  );
  return (
    <MemberSearchSelect
      id={id}
      multiple={multiple}
      value={value}
      onChange={onChange}
      placeholder={placeholder}
      // The list says who is who (sector, group); a chosen member shows by name only.
      items={(found.data?.items ?? []).map((m) => ({ id: m.id, label: `${m.name}（${m.sectorName} · ${m.townshipGroupName}）`, name: m.name }))}
      fetching={found.isFetching}
      onSearch={setText}
      notFound="没有找到在册委员"
    />
  );
}
