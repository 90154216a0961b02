import { entryUnit, type ReportFigure } from "@cppcc/domain";
import { List } from "antd-mobile";

/** The year in figures, from the duty record: the report's opening, as the office will print it. */
export function ReportFigures({ figures, submitted }: { figures: ReportFigure[]; submitted: boolean }) {
  return (
    <List mode="card" header={submitted ? "履职数据（提交时的履职档案）" : "履职数据（来自履职档案，提交时记入述职）"} data-testid="report-figures">
      {figures.length === 0 && <List.Item>本年度履职档案暂无记录</List.Item>}
      {figures.map((f) => (
        <List.Item key={f.kind} extra={`${f.count} ${entryUnit(f.kind)}`}>
          {f.label}
        </List.Item>
      ))}
    </List>
  );
}
