import { formToTable, shanghaiDate, tableToForm, type EvaluationTable, type TableFormValues } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed, ServerAlert } from "@cppcc/ui/antd";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Empty, Flex, Form, Popconfirm, Spin, Tag } from "antd";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { TableForm } from "./TableForm";
import { tableProblems } from "./tableProblems";

type Read = { version: number; values: TableFormValues };

/**
 * 考评表: the year's whole table. A draft is edited here and saved whole with the version it was
 * read at, so two offices cannot overwrite each other; a published table is shown frozen with its day.
 */
export function TablePage() {
  const year = Number(useParams().year);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery(trpc.evaluation.table.get.queryOptions({ year }));
  const [form] = Form.useForm<TableFormValues>();
  // What the form was filled from: a later refetch (another tab, another office) never replaces the
  // office's edits under its hands; only 「刷新」 or its own save does.
  const [read, setRead] = useState<Read | null>(null);
  const [general, setGeneral] = useState<string[] | null>(null);
  const [stale, setStale] = useState(false);
  const [dirty, setDirty] = useState(false);
  const table = query.data?.table;
  const fill = (t: { version: number; document: unknown }) => {
    setRead({ version: t.version, values: tableToForm(t.document as EvaluationTable) });
    setGeneral(null);
    setStale(false);
    setDirty(false);
  };
  useEffect(() => {
    if (table && !read) fill(table);
  }, [table, read]);
  // The form keeps its store across a remount, so a newly read version replaces it explicitly.
  useEffect(() => {
    if (read) form.resetFields();
  }, [read, form]);

  const refreshDuty = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.evaluation.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.duty.pathKey() })]);
  const save = useMutation(
    trpc.evaluation.table.saveDraft.mutationOptions({
      onSuccess: async (saved) => {
        fill(saved);
        await refreshDuty();
        void message.success("考评表草稿已保存，本年度得分已按新规则重新计算");
      },
      onError: (error) => {
        const problems = tableProblems(error);
        form.setFields(problems.fields as Parameters<typeof form.setFields>[0]);
        setGeneral(problems.general);
        setStale(problems.stale);
        if (problems.fields[0]) form.scrollToField(problems.fields[0].name, { block: "center" });
      },
    }),
  );
  const publish = useMutation(
    trpc.evaluation.table.publish.mutationOptions({
      onSuccess: async (published) => {
        fill(published);
        await refreshDuty();
        void message.success("考评表已发布，本年度计分规则不再变动");
      },
      onError: (error) => {
        const problems = tableProblems(error);
        setGeneral(problems.general);
        setStale(problems.stale);
      },
    }),
  );
  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data?.table) fill(fresh.data.table);
  };

  if (query.isError) return <QueryFailed query={query} />;
  if (query.isPending) return <Spin />;
  const back = <Link to="/duty-ranking">返回履职考评排名</Link>;
  if (!table) return <Empty description={<>{year} 年度尚未建立考评表，请在履职考评排名页从预设或往年考评表建立草稿。{back}</>} />;
  if (!read) return <Spin />;
  const published = table.status === "published";
  return (
    <>
      <PageTitle
        title={
          <Flex align="center" gap={8}>
            {year} 年度考评表
            {published ? (
              <Tag color="green">已于 {table.publishedAt ? shanghaiDate(table.publishedAt) : ""} 发布 · 不再变动</Tag>
            ) : (
              <Tag color="orange">草稿 · 保存后重新计分</Tag>
            )}
          </Flex>
        }
        subtitle={published ? <>已发布的考评表是本年度的计分规则，不能修改。{back}</> : <>保存后，排名和履职档案按新规则重新计分；发布后不能再修改。{back}</>}
      />
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title="考评表已被他人修改，请刷新"
          description="您的修改尚未保存。刷新将载入他人保存的版本，您在本页的修改需重新填写。"
          action={<Button onClick={() => void reload()}>刷新</Button>}
        />
      )}
      {!stale && <ServerAlert general={general} />}
      {!published && (
        <Flex gap={8} justify="end" style={{ marginBottom: 16 }}>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存草稿
          </Button>
          <Popconfirm
            title="发布后本年度考评表不能再修改，确定发布？"
            okText="发布"
            disabled={dirty}
            onConfirm={() => publish.mutate({ year, version: read.version })}
          >
            <Button loading={publish.isPending} disabled={dirty} title={dirty ? "请先保存修改再发布" : undefined}>
              {dirty ? "保存后可发布" : "发布"}
            </Button>
          </Popconfirm>
        </Flex>
      )}
      <TableForm
        key={read.version}
        form={form}
        initial={read.values}
        readOnly={published}
        onChange={() => {
          setDirty(true);
          if (general && !stale) setGeneral(null);
        }}
        onFinish={(values) => {
          setGeneral(null);
          save.mutate({ year, version: read.version, document: formToTable(values, year) });
        }}
      />
    </>
  );
}
