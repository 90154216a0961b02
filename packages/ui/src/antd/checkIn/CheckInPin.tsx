import { ReloadOutlined } from "@ant-design/icons";
import { shanghaiMoment } from "@cppcc/domain";
import { Button, Flex, Popconfirm, Typography } from "antd";
import { StepError } from "../StepError";
import { useCheckInPin } from "./useCheckInPin";

/**
 * The big 6-digit check-in code beside the QR code, for members who cannot scan: valid for the
 * whole check-in window, typed at 签到 in the portal. 重新生成 replaces it.
 */
export function CheckInPin({ consultationId, showing, size = 56 }: { consultationId: string; showing: boolean; size?: number }) {
  const code = useCheckInPin(consultationId, showing);
  const opensAt = code.window ? new Date(code.window.opensAt) : null;
  return (
    <Flex vertical align="center" gap={6} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary">不便扫码的委员，在“委员履职端 → 签到”输入数字签到码：</Typography.Text>
      <StepError error={code.error} />
      {code.pin ? (
        <div
          data-testid="check-in-pin"
          aria-label="数字签到码"
          style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: size, fontWeight: 700, letterSpacing: size / 5, lineHeight: 1.1 }}
        >
          {code.pin}
        </div>
      ) : code.elsewhere ? (
        <Typography.Text type="warning" style={{ textAlign: "center", maxWidth: 360 }}>
          本场签到码已在其他设备生成，为安全起见系统只保存其摘要，本设备无法显示。可在此重新生成（原签到码随即失效）。
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">{code.pending ? "正在生成…" : ""}</Typography.Text>
      )}
      {opensAt && <Typography.Text type="secondary">签到时间：{shanghaiMoment(opensAt)} 至当日 24:00，期间签到码不变</Typography.Text>}
      <Popconfirm
        title="重新生成数字签到码？"
        description="原签到码将立即失效，已签到的委员不受影响。"
        okText="重新生成"
        cancelText="取消"
        onConfirm={code.regenerate}
      >
        <Button size="small" icon={<ReloadOutlined />} loading={code.pending}>
          重新生成
        </Button>
      </Popconfirm>
    </Flex>
  );
}
