import { unnumberedProposalLabel } from "@cppcc/domain";
import { useDebounced, useTRPC } from "@cppcc/ui";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { List, Tag } from "antd-mobile";
import { StatusTag } from "../StatusTag";

type Props = { sessionId: string; title: string; text: string; excludeId: string | null };

// The server compares the title and the start of the text; more would only lengthen the request.
const textSent = 600;

/**
 * 相似提案: submitted proposals of the same session like what is being written, asked for once
 * the member pauses, so they can join an existing one or make theirs different.
 */
export function SimilarProposals({ sessionId, title, text, excludeId }: Props) {
  const trpc = useTRPC();
  const probe = { title: useDebounced(title.trim(), 800), text: useDebounced(text.trim().slice(0, textSent), 800) };
  const enough = [...`${probe.title}${probe.text}`].length >= 4;
  const similar = useQuery(
    trpc.proposal.similar.queryOptions(
      { sessionId, title: probe.title, text: probe.text, excludeId: excludeId ?? undefined },
      { enabled: enough, placeholderData: keepPreviousData, staleTime: 60_000 },
    ),
  );
  if (!enough || !similar.data) return null;
  return (
    <List
      mode="card"
      header={
        <span>
          本次会议的相似提案 <span style={{ fontSize: 12, color: "#999" }}>（可考虑联名或突出不同角度）</span>
        </span>
      }
      data-testid="similar"
    >
      {similar.data.length === 0 && <List.Item><span style={{ color: "#999", fontSize: 14 }}>暂未发现相似提案</span></List.Item>}
      {similar.data.map((s) => (
        <List.Item key={s.id} data-similar-id={s.id} description={s.number ? `第 ${s.number} 号` : unnumberedProposalLabel} extra={<StatusTag status={s.status} />}>
          {s.title}
          {s.mine && (
            <Tag color="primary" fill="outline" style={{ marginLeft: 6, verticalAlign: "middle" }}>
              我的
            </Tag>
          )}
        </List.Item>
      ))}
    </List>
  );
}
