import { dutyEntryLabels, entryUnit, pledgeableKinds, type PledgeItem } from "@cppcc/domain";
import { Button, List, Picker, Stepper, TextArea } from "antd-mobile";
import { useState } from "react";

/** A new count item takes the first kind not yet pledged, so adding twice gives two different items. */
function nextCountItem(items: readonly PledgeItem[]): PledgeItem {
  const used = new Set(items.flatMap((i) => (i.type === "count" ? [i.kind] : [])));
  return { type: "count", kind: pledgeableKinds.find((k) => !used.has(k)) ?? pledgeableKinds[0]!, target: 1 };
}

const kindColumns = [pledgeableKinds.map((k) => ({ label: dutyEntryLabels[k] ?? k, value: k }))];

/** Writing the year's pledge: items counted from the record (a kind and how many) or in the member's own words. */
export function PledgeEditor({ items, onChange }: { items: PledgeItem[]; onChange: (items: PledgeItem[]) => void }) {
  const [picking, setPicking] = useState<number | null>(null);
  const set = (i: number, item: PledgeItem) => onChange(items.map((x, j) => (j === i ? item : x)));
  const remove = (i: number) => onChange(items.filter((_, j) => j !== i));
  const current = picking === null ? undefined : items[picking];
  return (
    <>
      <List mode="card" header="承诺事项（按次数的由履职档案自动核对）" data-testid="pledge-editor">
        {items.map((item, i) => (
          <List.Item
            key={i}
            extra={
              <Button size="mini" fill="none" color="danger" onClick={() => remove(i)} aria-label={`删除第 ${i + 1} 项`}>
                删除
              </Button>
            }
          >
            {item.type === "count" ? (
              <div style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
                <Button size="small" onClick={() => setPicking(i)} aria-label={`第 ${i + 1} 项的履职事项`}>
                  {dutyEntryLabels[item.kind] ?? item.kind} ▾
                </Button>
                <span>不少于</span>
                <Stepper
                  min={1}
                  max={100}
                  digits={0}
                  value={item.target}
                  onChange={(v) => set(i, { ...item, target: v ?? 1 })}
                  aria-label={`第 ${i + 1} 项的次数`}
                />
                <span>{entryUnit(item.kind)}</span>
              </div>
            ) : (
              <>
                <label htmlFor={`pledge-item-${i}`} style={{ display: "block", fontSize: 13, color: "#999" }}>
                  第 {i + 1} 项承诺内容
                </label>
                <TextArea
                  id={`pledge-item-${i}`}
                  placeholder="用自己的话写下承诺，如：联系走访界别群众不少于4次"
                  value={item.text}
                  maxLength={200}
                  autoSize={{ minRows: 2 }}
                  onChange={(text) => set(i, { ...item, text })}
                />
              </>
            )}
          </List.Item>
        ))}
      </List>
      <div style={{ display: "flex", gap: 8, padding: "0 12px" }}>
        <Button block size="small" onClick={() => onChange([...items, nextCountItem(items)])}>
          ＋ 按次数承诺
        </Button>
        <Button block size="small" onClick={() => onChange([...items, { type: "text", text: "" }])}>
          ＋ 其他承诺
        </Button>
      </div>
      <Picker
        columns={kindColumns}
        visible={picking !== null}
        value={current?.type === "count" ? [current.kind] : []}
        onClose={() => setPicking(null)}
        onConfirm={(v) => {
          if (picking !== null && current?.type === "count" && v[0]) set(picking, { ...current, kind: String(v[0]) });
        }}
        title="选择履职事项"
      />
    </>
  );
}
