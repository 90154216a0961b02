import { dutySourcePath, pointsText, recordYears, roleText, tableText, useDutyRecord, type DutyRecordEntry } from "@cppcc/ui/duty";
import { QueryFailed } from "@cppcc/ui/antd";
import { Descriptions, Flex, Segmented, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { AddEntryButton } from "./AddEntryButton";
import { PrintRecordButton } from "./PrintRecordButton";
import { RevokeEntryButton } from "./RevokeEntryButton";

/**
 * 履职档案 in the member drawer: the year's score under its table, each category, and every entry
 * with its source (a link to the proposal or consultation) and its points with the note.
 */
export function DutyRecordSection({ memberId }: { memberId: string }) {
  const [year, setYear] = useState(recordYears()[0]!);
  const record = useDutyRecord(year, memberId);
  const data = record.data;
  return (
    <section data-testid="duty-record">
      <Flex align="center" justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          履职档案
        </Typography.Title>
        <Flex gap={8} align="center">
          <Segmented size="small" value={year} onChange={(v) => setYear(v)} options={recordYears().map((y) => ({ label: `${y}`, value: y }))} />
          <AddEntryButton memberId={memberId} />
          <PrintRecordButton memberId={memberId} year={year} />
        </Flex>
      </Flex>
      {record.isError && <QueryFailed query={record} />}
      {data && (
        <Flex vertical gap={12}>
          {data.score && (
            <Descriptions
              bordered
              size="small"
              column={2}
              items={[
                { key: "total", label: "总分", children: <strong style={{ fontSize: 18 }}>{data.score.total}</strong> },
                { key: "band", label: "档次", children: <Tag color={data.score.band.lowest ? "red" : "green"}>{data.score.band.label}</Tag> },
                ...data.score.categories.map((c) => ({ key: c.code, label: c.label, children: `${c.subtotal}${c.cap ? ` / ${c.cap}` : ""}` })),
                ...(data.score.unmetMinimums.length > 0
                  ? [{ key: "min", label: "未达基本要求", span: 2, children: data.score.unmetMinimums.map((m) => m.label).join("；") }]
                  : []),
              ]}
            />
          )}
          <Typography.Text type="secondary">{tableText(data.table)}</Typography.Text>
          <Table<DutyRecordEntry>
            size="small"
            rowKey="id"
            loading={record.isFetching}
            dataSource={data.entries}
            pagination={false}
            locale={{ emptyText: `${year} 年还没有履职记录` }}
            columns={[
              { title: "日期", dataIndex: "occurredAt", width: 90, render: (v: string) => dayjs(v).tz().format("YYYY-MM-DD") },
              { title: "事项", dataIndex: "kindLabel", width: 150, render: (v: string, e) => [v, roleText(e)].filter(Boolean).join("·") },
              { title: "来源", key: "source", render: (_, e) => <SourceCell entry={e} /> },
              ...(data.score
                ? [
                    { title: "得分", dataIndex: "applied", width: 60, render: (v: number) => pointsText(v) },
                    { title: "计分说明", key: "note", render: (_: unknown, e: DutyRecordEntry) => e.points.map((p) => `${p.clause ? `【${p.clause.label}】` : ""}${p.note}`).join("；") },
                  ]
                : []),
            ]}
          />
        </Flex>
      )}
    </section>
  );
}

function SourceCell({ entry: e }: { entry: DutyRecordEntry }) {
  const path = dutySourcePath(e.source, "admin");
  if (path) return <Link to={path}>{e.source.title}</Link>;
  if (e.source.manual)
    return (
      <span>
        办公室登记：{e.source.manual.description}（佐证：{e.source.manual.evidence}）
        <RevokeEntryButton id={e.source.id} />
      </span>
    );
  return <span>{e.source.title}</span>;
}
