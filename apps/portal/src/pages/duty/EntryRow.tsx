import { pointsText, roleText, type DutyRecordEntry } from "@cppcc/ui/duty";
import { List } from "antd-mobile";
import dayjs from "dayjs";

/** One entry: what it was, when, where it came from, and its points with the note saying why. */
export function EntryRow({ entry: e, scored, onOpen }: { entry: DutyRecordEntry; scored: boolean; onOpen: () => void }) {
  const role = roleText(e);
  return (
    <List.Item
      onClick={onOpen}
      data-entry-kind={e.kind}
      extra={scored && <span style={{ fontSize: 18, fontWeight: 600, color: e.applied > 0 ? "var(--adm-color-primary)" : e.applied < 0 ? "#fa8c16" : "#999" }}>{pointsText(e.applied)}</span>}
      description={
        <>
          <div>
            {dayjs(e.occurredAt).tz().format("M月D日")} · {e.source.title}
          </div>
          {role && <div>{role}</div>}
          {e.points.map((p, i) => (
            <div key={i} style={{ color: "#8c8c8c" }}>
              {p.clause ? `【${p.clause.label}】` : ""}
              {p.note}
            </div>
          ))}
        </>
      }
    >
      {e.kindLabel}
    </List.Item>
  );
}
