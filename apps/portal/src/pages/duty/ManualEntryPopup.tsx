import type { DutyRecordEntry } from "@cppcc/ui/duty";
import { Button, List, Popup } from "antd-mobile";

/** An off-platform entry is its own source: what the office recorded, when, and on what evidence. */
export function ManualEntryPopup({ entry, onClose }: { entry: DutyRecordEntry | null; onClose: () => void }) {
  const manual = entry?.source.manual;
  return (
    <Popup visible={entry !== null} onMaskClick={onClose} bodyStyle={{ borderRadius: "12px 12px 0 0", padding: "8px 0 16px" }}>
      {entry && manual && (
        <>
          <List header={`${entry.kindLabel}（办公室登记）`}>
            <List.Item extra={manual.occurredOn}>日期</List.Item>
            <List.Item description={manual.description}>事项</List.Item>
            <List.Item description={manual.evidence}>佐证材料</List.Item>
          </List>
          <div style={{ padding: "8px 12px 0" }}>
            <Button block onClick={onClose}>
              关闭
            </Button>
          </div>
        </>
      )}
    </Popup>
  );
}
