import { deliveryModeLabels, deliveryModes, type DeliveryMode, type NotificationPreference } from "@cppcc/domain";
import { List, Selector, Toast } from "antd-mobile";
import { MobileQueryFailed, MobileSpin } from "../QueryState";
import { mandatoryReason, preferencesExplained, useNotificationPreferences } from "../../notification/usePreferences";
import { errorMessage } from "../../trpc/errors";

/** 通知设置 on a phone: each kind with 立即通知 / 每日汇总 / 不通知, saved when tapped. */
export function MobileNotificationPreferences() {
  const { list, save, saving } = useNotificationPreferences();
  if (list.isPending) return <MobileSpin />;
  if (list.isError) return <MobileQueryFailed query={list} />;
  const change = async (p: NotificationPreference, delivery: DeliveryMode | undefined) => {
    // Tapping the chosen one again would leave none chosen; a kind always has a choice.
    if (!delivery || delivery === p.delivery) return;
    try {
      await save(p.kind, delivery);
      Toast.show({ icon: "success", content: `已改为${deliveryModeLabels[delivery]}` });
    } catch (error) {
      Toast.show({ icon: "fail", content: errorMessage(error) });
    }
  };
  return (
    <>
      <p style={{ margin: 0, padding: "12px 16px 0", color: "#666", fontSize: 14, lineHeight: 1.6 }}>{preferencesExplained}</p>
      <List mode="card">
        {list.data.map((p) => (
          <List.Item key={p.kind} data-kind={p.kind} description={p.mandatory ? mandatoryReason : undefined}>
            <div style={{ marginBottom: 8 }}>{p.label}</div>
            <Selector
              aria-label={p.label}
              columns={3}
              value={[p.delivery]}
              disabled={saving === p.kind}
              onChange={(v) => void change(p, v[0])}
              options={deliveryModes.map((mode) => ({ value: mode, label: deliveryModeLabels[mode], disabled: mode === "off" && p.mandatory }))}
              // A chosen option on the theme's pale red, as the portal's other selectors.
              style={{ "--padding": "6px 8px", "--checked-color": "#fff1f0" }}
            />
          </List.Item>
        ))}
      </List>
    </>
  );
}
