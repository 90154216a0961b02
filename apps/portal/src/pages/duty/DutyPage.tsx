import { dutySourcePath, recordYears, useDutyRecord, type DutyRecordEntry } from "@cppcc/ui/duty";
import { ErrorBlock, List, Toast } from "antd-mobile";
import { useState } from "react";
import { useNavigate } from "react-router";
import { MobileLoadFailed } from "../../shell/MobileLoadFailed";
import { MobileLoading } from "../../shell/MobileLoading";
import { EntryRow } from "./EntryRow";
import { ManualEntryPopup } from "./ManualEntryPopup";
import { PledgeLinks } from "./PledgeLinks";
import { ScoreSummary } from "./ScoreSummary";
import { YearSwitcher } from "./YearSwitcher";

/**
 * 我的履职: the year at a glance (total, band, each category), then every entry with what it was,
 * where it came from and its points with the note; tapping an entry opens its source.
 */
export function DutyPage() {
  const [year, setYear] = useState(recordYears()[0]!);
  const record = useDutyRecord(year);
  const navigate = useNavigate();
  const [manual, setManual] = useState<DutyRecordEntry | null>(null);
  const open = (e: DutyRecordEntry) => {
    if (e.source.screen === "manual") return setManual(e);
    const path = dutySourcePath(e.source, "portal");
    if (path) void navigate(path);
    else Toast.show({ content: "该记录的来源暂不能在手机上查看" });
  };
  return (
    <>
      <div style={{ padding: "12px 12px 0" }}>
        <YearSwitcher year={year} onChange={setYear} />
      </div>
      <PledgeLinks />
      {record.isPending && <MobileLoading />}
      {record.isError && <MobileLoadFailed error={record.error} retry={() => void record.refetch()} />}
      {record.data && (
        <>
          <ScoreSummary record={record.data} />
          {record.data.entries.length === 0 ? (
            <ErrorBlock status="empty" title={`${year} 年还没有履职记录`} description="参加活动、提交提案等都会自动记入档案" />
          ) : (
            <List mode="card" header="履职记录（点击查看来源）" data-testid="duty-entries">
              {record.data.entries.map((e) => (
                <EntryRow key={e.id} entry={e} scored={record.data.score !== null} onOpen={() => open(e)} />
              ))}
            </List>
          )}
        </>
      )}
      <ManualEntryPopup entry={manual} onClose={() => setManual(null)} />
    </>
  );
}
