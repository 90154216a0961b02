import { rosterHeaders, termLabel } from "@cppcc/domain";
import { useRosterReference } from "@cppcc/ui/roster";
import { PageTitle } from "@cppcc/ui/antd";
import { Alert, Button, Card, DatePicker, Flex, Form, Result, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useNavigate } from "react-router";
import { FilePicker } from "./FilePicker";
import { ImportProgress } from "./ImportProgress";
import { ImportReportView } from "./ImportReportView";
import { TemplateButton } from "./TemplateButton";
import { useRosterImport, type ImportOptions } from "./useRosterImport";

type Settings = { termId?: string; joinedOn?: Dayjs };

const toOptions = (s: Settings): ImportOptions => ({ termId: s.termId, joinedOn: s.joinedOn?.format("YYYY-MM-DD") });

/** 名册导入: choose the office's Excel roster, see every problem first, then write it all at once. */
export function ImportPage() {
  const reference = useRosterReference();
  const navigate = useNavigate();
  const [settings] = Form.useForm<Settings>();
  const { state, choose, recheck, confirm, reset } = useRosterImport();
  const options = () => toOptions(settings.getFieldsValue());
  const busy = state.phase === "reading" || state.phase === "checking" || state.phase === "writing";
  const report = state.phase === "checked" || state.phase === "writing" ? state.report : null;
  const canCommit = state.phase === "checked" && state.report.errors.length === 0 && state.report.toCreate > 0;

  return (
    <>
      <PageTitle title="名册导入" subtitle="先校验、后写入：文件中有任何一行有误都不会写入，改正后重新选择文件即可" />
      <Flex vertical gap={16}>
        <Card title="导入设置" extra={<TemplateButton />} styles={{ body: { paddingBottom: 8 } }}>
          <Typography.Paragraph type="secondary">
            名册第 1 行为表头，列为：{rosterHeaders.join("、")}（列的顺序不限）。界别、专委会、委员小组须填写系统中已有的名称，多个专委会用顿号分隔。
          </Typography.Paragraph>
          <Form<Settings> form={settings} layout="inline" disabled={busy} onValuesChange={() => recheck(options())}>
            <Form.Item label="导入到" name="termId">
              <Select
                placeholder="最新一届"
                allowClear
                style={{ width: 200 }}
                options={(reference.data?.terms ?? []).map((t) => ({ value: t.id, label: termLabel(t.number) }))}
              />
            </Form.Item>
            <Form.Item label="加入日期" name="joinedOn" tooltip="新委员的界别、专委会和委员小组记录从这一天开始；增补委员请填写增补日期">
              <DatePicker placeholder="默认为本届开始之日" style={{ width: 200 }} />
            </Form.Item>
          </Form>
        </Card>

        <Card title="选择文件">
          {state.phase === "done" ? (
            <Result
              status="success"
              title={`已导入 ${state.report.created} 位委员`}
              subTitle={`来自 ${state.file.name}${state.report.unchanged > 0 ? `；另有 ${state.report.unchanged} 位已在名册中且无变化` : ""}`}
              extra={[
                <Button type="primary" key="list" onClick={() => void navigate("/roster/members")}>
                  查看委员名册
                </Button>,
                <Button key="again" onClick={reset}>
                  继续导入
                </Button>,
              ]}
            />
          ) : (
            <Flex vertical gap={16}>
              {state.phase === "idle" ? (
                <FilePicker onPick={(file) => void choose(file, options())} />
              ) : (
                <>
                  <ImportProgress state={state} />
                  {state.phase === "failed" && <Alert type="error" showIcon role="alert" title="导入未完成" description={state.message} />}
                  {report && <ImportReportView report={report} />}
                  <Flex gap={8} justify="space-between" wrap>
                    <FilePicker compact disabled={busy} onPick={(file) => void choose(file, options())} />
                    {report && (
                      <Flex gap={8}>
                        <Button onClick={reset} disabled={busy}>
                          取消
                        </Button>
                        <Button type="primary" disabled={!canCommit} loading={state.phase === "writing"} onClick={() => void confirm(options())}>
                          确认导入
                        </Button>
                      </Flex>
                    )}
                  </Flex>
                </>
              )}
            </Flex>
          )}
        </Card>
      </Flex>
    </>
  );
}
