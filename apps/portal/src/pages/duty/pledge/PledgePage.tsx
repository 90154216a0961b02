import type { PledgeItem } from "@cppcc/domain";
import { errorMessage, useTRPC } from "@cppcc/ui";
import { recordYears } from "@cppcc/ui/duty";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, ErrorBlock, NoticeBar, Toast } from "antd-mobile";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { MobileLoadFailed } from "../../../shell/MobileLoadFailed";
import { MobileLoading } from "../../../shell/MobileLoading";
import { ScreenFrame } from "../../../shell/ScreenFrame";
import { YearSwitcher } from "../YearSwitcher";
import { PledgeChecks } from "./PledgeChecks";
import { PledgeEditor } from "./PledgeEditor";

/** Next year (pledges are written ahead), this year and the two before. */
const pledgeYears = () => {
  const [thisYear] = recordYears();
  return [thisYear! + 1, thisYear!, thisYear! - 1, thisYear! - 2];
};

/**
 * 我的承诺: the year's pledge checked against the record at a glance; while the year's pledge
 * deadline has not passed, the member writes or changes it here.
 */
export function PledgePage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || recordYears()[0]!;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery(trpc.pledge.mine.queryOptions({ year }));
  const [editing, setEditing] = useState<PledgeItem[] | null>(null);
  const save = useMutation(trpc.pledge.save.mutationOptions());
  const chooseYear = (y: number) => {
    setEditing(null);
    setParams({ year: String(y) }, { replace: true });
  };
  const submit = async () => {
    try {
      await save.mutateAsync({ year, items: editing! });
      await queryClient.invalidateQueries({ queryKey: trpc.pledge.mine.queryKey({ year }) });
      setEditing(null);
      Toast.show({ icon: "success", content: "承诺已保存" });
    } catch (e) {
      Toast.show({ content: errorMessage(e), duration: 4000 });
    }
  };
  const data = mine.data;
  const editable = data && !data.lockedReason;
  const startEditing = () =>
    setEditing((data?.pledge?.items ?? []).map((i): PledgeItem => (i.type === "count" ? { type: "count", kind: i.kind, target: i.target } : { type: "text", text: i.text })));
  return (
    <ScreenFrame
      title="我的承诺"
      home="/duty"
      footer={
        editing ? (
          <div style={{ display: "flex", gap: 8 }}>
            <Button block onClick={() => setEditing(null)}>
              取消
            </Button>
            <Button block color="primary" loading={save.isPending} onClick={() => void submit()}>
              保存承诺
            </Button>
          </div>
        ) : editable ? (
          <Button block color="primary" onClick={startEditing}>
            {data.pledge ? "修改承诺" : "填写承诺"}
          </Button>
        ) : undefined
      }
    >
      <div style={{ padding: "12px 12px 0" }}>
        <YearSwitcher year={year} onChange={chooseYear} years={pledgeYears()} />
      </div>
      {mine.isPending && <MobileLoading />}
      {mine.isError && <MobileLoadFailed error={mine.error} retry={() => void mine.refetch()} />}
      {data && (
        <>
          <NoticeBar
            wrap
            color={data.lockedReason ? "default" : "info"}
            content={data.lockedReason ?? `${year} 年度承诺可在 ${data.dueOn} 前填写和修改，截止后按承诺核对全年履职`}
          />
          {editing ? (
            <PledgeEditor items={editing} onChange={setEditing} />
          ) : data.pledge ? (
            <PledgeChecks pledge={data.pledge} />
          ) : (
            <ErrorBlock status="empty" title={`还没有填写 ${year} 年度的履职承诺`} description={editable ? "点下方「填写承诺」开始" : "该年度已截止填报"} />
          )}
        </>
      )}
    </ScreenFrame>
  );
}
