import { annualReportSectionKeys, annualReportSectionLabels, annualReportStatusLabels, type AnnualReportSections } from "@cppcc/domain";
import { errorCode, errorMessage, useTRPC } from "@cppcc/ui";
import { defaultReportYear, recordYears } from "@cppcc/ui/duty";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, ErrorBlock, List, NoticeBar, Tag, TextArea, Toast } from "antd-mobile";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { MobileLoadFailed } from "../../../shell/MobileLoadFailed";
import { MobileLoading } from "../../../shell/MobileLoading";
import { ScreenFrame } from "../../../shell/ScreenFrame";
import { YearSwitcher } from "../YearSwitcher";
import { ReportFigures } from "./ReportFigures";

/**
 * 年度述职 (standing members): the year's figures from the record, three parts to write (the first
 * prefilled from the record), saved as a draft and submitted; a report the office returned shows
 * its reason and may be changed and submitted again.
 */
export function AnnualReportPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get("year")) || defaultReportYear();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery({ ...trpc.annualReport.mine.queryOptions({ year }), retry: (n, e) => errorCode(e) !== "FORBIDDEN" && n < 2 });
  const [edits, setEdits] = useState<{ year: number; sections: AnnualReportSections } | null>(null);
  const save = useMutation(trpc.annualReport.save.mutationOptions());
  const submit = useMutation(trpc.annualReport.submit.mutationOptions());
  const report = mine.data?.report;
  const sections = edits?.year === year ? edits.sections : report?.sections;
  const writable = report?.status === "draft" || report?.status === "returned";

  const send = async (kind: "save" | "submit") => {
    if (!report || !sections) return;
    if (kind === "submit" && !(await Dialog.confirm({ content: "提交后不能再修改，除非办公室退回。确定提交？" }))) return;
    try {
      await (kind === "save" ? save : submit).mutateAsync({ year, version: report.version, sections });
      await queryClient.invalidateQueries({ queryKey: trpc.annualReport.mine.queryKey({ year }) });
      setEdits(null);
      Toast.show({ icon: "success", content: kind === "save" ? "草稿已保存" : "述职已提交" });
    } catch (e) {
      Toast.show({ content: errorMessage(e), duration: 4000 });
    }
  };

  return (
    <ScreenFrame
      title="年度述职"
      home="/duty"
      footer={
        writable ? (
          <div style={{ display: "flex", gap: 8 }}>
            <Button block loading={save.isPending} onClick={() => void send("save")}>
              保存草稿
            </Button>
            <Button block color="primary" loading={submit.isPending} disabled={!!mine.data?.notOpenReason} onClick={() => void send("submit")}>
              提交述职
            </Button>
          </div>
        ) : undefined
      }
    >
      <div style={{ padding: "12px 12px 0" }}>
        <YearSwitcher year={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} years={recordYears().slice(0, 3)} />
      </div>
      {mine.isPending && <MobileLoading />}
      {mine.isError &&
        (errorCode(mine.error) === "FORBIDDEN" ? (
          <ErrorBlock status="default" title="无需述职" description={errorMessage(mine.error)} />
        ) : (
          <MobileLoadFailed error={mine.error} retry={() => void mine.refetch()} />
        ))}
      {mine.data && report && sections && (
        <>
          <div style={{ display: "flex", alignItems: "center", gap: 8, padding: "12px 16px 0" }}>
            <span style={{ fontWeight: 600 }}>{year} 年度述职报告</span>
            <Tag color={report.status === "submitted" ? "success" : report.status === "returned" ? "danger" : "default"} data-testid="report-status">
              {report.id ? annualReportStatusLabels[report.status] : "未保存"}
            </Tag>
            {report.late && <Tag color="warning">逾期提交</Tag>}
          </div>
          {report.status === "returned" && <NoticeBar wrap color="alert" content={`办公室退回修改：${report.returnReason}`} data-testid="report-returned" />}
          {writable && mine.data.notOpenReason && <NoticeBar wrap color="info" content={`${mine.data.notOpenReason}，现在可先保存草稿`} />}
          {writable && !mine.data.notOpenReason && <NoticeBar wrap color="info" content={`请于 ${mine.data.dueOn} 前提交`} />}
          <ReportFigures figures={report.figures} submitted={report.status === "submitted"} />
          <List mode="card" header="述职内容">
            {annualReportSectionKeys.map((k) => (
              <List.Item key={k} title={<label htmlFor={`report-${k}`}>{annualReportSectionLabels[k]}</label>}>
                {writable ? (
                  <TextArea
                    value={sections[k]}
                    autoSize={{ minRows: 3 }}
                    maxLength={5000}
                    placeholder="请填写"
                    id={`report-${k}`}
                    onChange={(v) => setEdits({ year, sections: { ...sections, [k]: v } })}
                  />
                ) : (
                  <div style={{ whiteSpace: "pre-wrap" }}>{sections[k]}</div>
                )}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </ScreenFrame>
  );
}
