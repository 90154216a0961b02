import { hasStep, unnumberedProposalLabel } from "@cppcc/domain";
import { MergeCellsOutlined } from "@ant-design/icons";
import { useTRPC } from "@cppcc/ui";
import { QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, List, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { StatusTag } from "../shared/StatusTag";
import type { ProposalDetail } from "../shared/types";

/** As much of the text as the portal sends while a member writes: the server compares its start. */
const textSent = 600;

/**
 * 相似提案: proposals of the same session about the same subject, where staff decide on 并案.
 * The same search members see while writing; the merge itself is chosen in the queue, where the
 * filed proposals of the session can be picked together.
 */
export function SimilarProposalsCard({ proposal: p }: { proposal: ProposalDetail }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const similar = useQuery(
    trpc.proposal.similar.queryOptions(
      { sessionId: p.sessionId, title: p.title, text: `${p.situation}\n${p.suggestions}`.slice(0, textSent), excludeId: p.id, limit: 8 },
      { staleTime: 60_000 },
    ),
  );
  const canMerge = hasStep(p.my.steps, "merge");
  return (
    <Card
      title="相似提案"
      size="small"
      data-testid="similar-proposals"
      extra={
        canMerge && (
          <Button size="small" icon={<MergeCellsOutlined />} onClick={() => void navigate(`/proposals?status=filed&session=${p.sessionId}`)}>
            并案…
          </Button>
        )
      }
    >
      {similar.isError ? (
        <QueryFailed query={similar} />
      ) : !similar.data ? (
        <Typography.Text type="secondary">正在查找…</Typography.Text>
      ) : similar.data.length === 0 ? (
        <Typography.Text type="secondary">本次会议暂未发现相似提案</Typography.Text>
      ) : (
        <List
          size="small"
          split
          dataSource={similar.data}
          renderItem={(s) => (
            <List.Item key={s.id} style={{ paddingInline: 0 }} data-similar-id={s.id}>
              <Flex vertical gap={2} style={{ minWidth: 0, width: "100%" }}>
                <Link to={`/proposals/${s.id}`}>{s.title || "（无标题）"}</Link>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {s.number ? `案号 ${s.number}` : unnumberedProposalLabel}
                  </Typography.Text>
                  <StatusTag status={s.status} />
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
