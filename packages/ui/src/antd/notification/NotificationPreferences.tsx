import { deliveryModeLabels, deliveryModes, type DeliveryMode, type NotificationPreference } from "@cppcc/domain";
import { Alert, App, Flex, Radio, Spin, Typography } from "antd";
import { mandatoryReason, preferencesExplained, useNotificationPreferences } from "../../notification/usePreferences";
import { errorMessage } from "../../trpc/errors";
import { LoadFailed } from "../LoadFailed";

/** 通知设置: each kind with 立即通知 / 每日汇总 / 不通知, saved on change; a refusal is the server's words. */
export function NotificationPreferences() {
  const { list, save, saving } = useNotificationPreferences();
  const { message } = App.useApp();
  if (list.isPending) return <Spin style={{ display: "block", margin: "32px auto" }} />;
  if (list.isError) return <LoadFailed error={list.error} retry={() => void list.refetch()} />;
  const change = async (p: NotificationPreference, delivery: DeliveryMode) => {
    try {
      await save(p.kind, delivery);
      void message.success(`「${p.label}」已改为${deliveryModeLabels[delivery]}`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={preferencesExplained} />
      <div role="list" aria-label="通知类型">
        {list.data.map((p) => (
          <Flex
            role="listitem"
            key={p.kind}
            data-kind={p.kind}
            align="center"
            justify="space-between"
            wrap
            gap={8}
            style={{ padding: "10px 0", borderBottom: "1px solid #f0f0f0" }}
          >
            <Flex vertical style={{ minWidth: 160 }}>
              <Typography.Text id={`pref-${p.kind}`}>{p.label}</Typography.Text>
              {p.mandatory && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {mandatoryReason}
                </Typography.Text>
              )}
            </Flex>
            <Radio.Group
              aria-labelledby={`pref-${p.kind}`}
              optionType="button"
              size="small"
              value={p.delivery}
              disabled={saving === p.kind}
              onChange={(e) => void change(p, e.target.value as DeliveryMode)}
              options={deliveryModes.map((mode) => ({
                value: mode,
                label: deliveryModeLabels[mode],
                disabled: mode === "off" && p.mandatory,
                title: mode === "off" && p.mandatory ? mandatoryReason : undefined,
              }))}
            />
          </Flex>
        ))}
      </div>
    </Flex>
  );
}
