import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Flex, Popconfirm, Select, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";

/**
 * The year's evaluation table: none yet (start from a preset or last year's), a draft (scores may
 * still change; publish to freeze it), or published (frozen, with the day).
 */
export function TableCard({ year }: { year: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const table = useQuery(trpc.evaluation.table.get.queryOptions({ year }));
  const [preset, setPreset] = useState<string | null>(null);
  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: trpc.evaluation.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.duty.pathKey() });
  };
  const onError = (error: unknown) => void message.error(errorMessage(error));
  const save = useMutation(trpc.evaluation.table.saveDraft.mutationOptions({ onSuccess: () => done("已建立考评表草稿"), onError }));
  const publish = useMutation(trpc.evaluation.table.publish.mutationOptions({ onSuccess: () => done("考评表已发布，本年度计分规则不再变动"), onError }));
  const t = table.data?.table;
  const start = (from: string) =>
    save.mutate({ year, version: t?.version ?? null, startFrom: from === "lastYear" ? { year: year - 1 } : { preset: from as "tongcheng2019" } });
  const starts = [{ value: "lastYear", label: `沿用 ${year - 1} 年度考评表` }, ...(table.data?.presets ?? []).map((p) => ({ value: p.name, label: `预设：${p.citation}` }))];
  if (!table.data) return null;
  return (
    <Alert
      data-testid="evaluation-table"
      style={{ marginBottom: 16 }}
      type={t?.status === "published" ? "success" : t ? "warning" : "info"}
      message={
        <Flex align="center" gap={8} wrap>
          {t ? (
            <>
              <span>
                {year} 年度考评表：{t.document.name}（{t.document.citation}）
              </span>
              {t.status === "published" ? <Tag color="green">已发布 · 不再变动</Tag> : <Tag color="orange">草稿 · 分数可能调整</Tag>}
            </>
          ) : (
            <span>{year} 年度尚未建立考评表，排名和档案暂不计分。</span>
          )}
          {t?.status !== "published" && (
            <>
              <Select size="small" style={{ width: 300 }} placeholder={t ? "重新选择起点（覆盖草稿）" : "选择起点建立草稿"} options={starts} value={preset} onChange={setPreset} />
              <Button size="small" disabled={!preset} loading={save.isPending} onClick={() => preset && start(preset)}>
                {t ? "覆盖草稿" : "建立草稿"}
              </Button>
            </>
          )}
          {t && (
            <Link to={`/duty-ranking/table/${year}`}>
              <Button size="small">{t.status === "published" ? "查看" : "编辑草稿"}</Button>
            </Link>
          )}
          {t?.status === "draft" && (
            <Popconfirm title="发布后本年度考评表不能再修改，确定发布？" okText="发布" onConfirm={() => publish.mutate({ year, version: t.version })}>
              <Button size="small" type="primary" loading={publish.isPending}>
                发布
              </Button>
            </Popconfirm>
          )}
        </Flex>
      }
    />
  );
}
