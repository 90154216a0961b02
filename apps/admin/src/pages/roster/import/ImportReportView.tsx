import { Alert, Col, Row, Statistic, Table, Typography } from "antd";
import type { ImportReport } from "./useRosterImport";

type ErrorRow = ImportReport["errors"][number];

/** What the check found: the counts, every error with its line and column, and the new members. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const badLines = new Set(report.errors.map((e) => e.line)).size;
  const ok = report.errors.length === 0;
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Statistic title="行数" value={report.rows} suffix="行" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="新增" value={report.toCreate} suffix="位" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="未变" value={report.unchanged} suffix="位" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="有误的行" value={badLines} suffix="行" styles={{ content: ok ? undefined : { color: "#cf1322" } }} />
        </Col>
      </Row>
      {!ok && (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`发现 ${report.errors.length} 处错误（${badLines} 行），本次不会写入任何数据`}
            description="请在 Excel 中按下表逐条改正后重新选择文件。行号与 Excel 左侧的行号一致（第 1 行为表头）。"
            style={{ marginBottom: 16 }}
          />
          <Table<ErrorRow>
            size="small"
            rowKey={(e) => `${e.line}-${e.column ?? ""}-${e.message}`}
            dataSource={report.errors}
            pagination={report.errors.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 处错误` } : false}
            columns={[
              { key: "line", title: "行号", dataIndex: "line", width: 110, render: (l: number) => <span style={{ whiteSpace: "nowrap" }}>第 {l} 行</span> },
              { key: "column", title: "列", dataIndex: "column", width: 140, render: (c?: string) => c ?? "—" },
              { key: "message", title: "原因", dataIndex: "message" },
            ]}
          />
        </>
      )}
      {ok && report.toCreate > 0 && (
        <>
          <Alert
            type="success"
            showIcon
            title={`校验通过：将新增 ${report.toCreate} 位委员${report.unchanged > 0 ? `，${report.unchanged} 位与名册一致无需改动` : ""}`}
            description="尚未写入。确认无误后点击“确认导入”，所有新委员将一次写入。"
            style={{ marginBottom: 16 }}
          />
          <Typography.Text type="secondary">
            新增委员{report.preview.length < report.toCreate ? `（前 ${report.preview.length} 位）` : ""}
          </Typography.Text>
          <Table
            size="small"
            rowKey="line"
            dataSource={report.preview}
            pagination={false}
            style={{ marginTop: 8 }}
            columns={[
              { key: "line", title: "行号", dataIndex: "line", width: 110, render: (l: number) => <span style={{ whiteSpace: "nowrap" }}>第 {l} 行</span> },
              { key: "name", title: "姓名", dataIndex: "name" },
              { key: "phone", title: "手机", dataIndex: "phone" },
            ]}
          />
        </>
      )}
      {ok && report.toCreate === 0 && (
        <Alert type="info" showIcon title="文件中的委员都已在名册中，且信息一致，无需导入" />
      )}
    </>
  );
}
