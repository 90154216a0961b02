import { ReloadOutlined } from "@ant-design/icons";
import { termLabel } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { dayText, useRosterReference } from "@cppcc/ui/roster";
import { PageLoading, PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, DatePicker, Flex, Result, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { ViolationGroups } from "./ViolationGroups";

/** 名册检查: every rule the roster breaks in a term, as of a day, listed by rule with who breaks it. */
export function CheckPage() {
  const trpc = useTRPC();
  const reference = useRosterReference();
  const [termId, setTermId] = useState<string | undefined>();
  const [on, setOn] = useState<Dayjs | null>(null);
  const check = useQuery(trpc.roster.check.queryOptions({ termId, on: on?.format("YYYY-MM-DD") }, { staleTime: 0 }));
  const term = reference.data?.terms.find((t) => t.id === (termId ?? check.data?.termId));
  return (
    <>
      <PageTitle title="名册检查" subtitle="一次列出本届名册中违反规则的所有情况：界别、专委会（全员入委）、委员小组、手机号、主席和秘书长人数、退出信息" />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Select
            aria-label="届次"
            placeholder="最新一届"
            allowClear
            style={{ width: 160 }}
            value={termId}
            onChange={setTermId}
            options={(reference.data?.terms ?? []).map((t) => ({ value: t.id, label: termLabel(t.number) }))}
          />
          <DatePicker aria-label="检查日期" placeholder="今天" value={on} onChange={setOn} />
          <Button icon={<ReloadOutlined />} loading={check.isFetching} onClick={() => void check.refetch()}>
            重新检查
          </Button>
        </Flex>
        {check.isPending && <PageLoading />}
        {check.isError && <QueryFailed query={check} />}
        {check.data && (
          <>
            <Typography.Paragraph type="secondary">
              {term ? termLabel(term.number) : "本届"}，截至{dayText(check.data.on)}，共检查 {check.data.checked} 位委员。
            </Typography.Paragraph>
            {check.data.violations.length === 0 ? (
              <Result status="success" title="未发现问题" subTitle="名册符合全部规则：每位在册委员都有一个界别、至少一个专委会和一个委员小组，手机号有效且不重复，主席、秘书长各一位。" />
            ) : (
              <ViolationGroups violations={check.data.violations} />
            )}
          </>
        )}
      </Card>
    </>
  );
}
