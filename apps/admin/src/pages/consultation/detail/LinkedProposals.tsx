import { proposalNumberText } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { useQueries } from "@tanstack/react-query";
import { Flex } from "antd";
import { Link } from "react-router";

/** The proposals a proposal-handling consultation is about, by number and title. */
export function LinkedProposals({ ids }: { ids: readonly string[] }) {
  const trpc = useTRPC();
  const found = useQueries({ queries: ids.map((id) => trpc.proposal.get.queryOptions({ id }, { staleTime: 5 * 60_000 })) });
  return (
    <Flex vertical gap={2}>
      {ids.map((id, i) => {
        const p = found[i]?.data;
        return (
          <Link key={id} to={`/proposals/${id}`}>
            {p ? `${proposalNumberText(p.number)} ${p.title}` : "提案"}
          </Link>
        );
      })}
    </Flex>
  );
}
