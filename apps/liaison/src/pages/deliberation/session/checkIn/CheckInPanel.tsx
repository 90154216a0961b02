import { QrcodeOutlined } from "@ant-design/icons";
import { CheckInPin } from "@cppcc/ui/antd";
import { Alert, Button, Empty, Flex, QRCode, Typography } from "antd";
import { StepError } from "../../shared/StepError";
import type { Deliberation } from "../../shared/types";
import { checkInUrl } from "./checkInLink";
import { useRotatingCode } from "./useRotatingCode";

/**
 * 扫码签到: the codes on the organiser's tablet (or a projector). The QR code changes every minute
 * or so, so a photo sent to someone absent is useless; beside it the 6-digit code, valid for the
 * check-in window, for members who type it at 签到 in the portal.
 */
export function CheckInPanel({ deliberation: d }: { deliberation: Deliberation }) {
  const code = useRotatingCode(d.id);
  if (d.state !== "scheduled") {
    return (
      <Empty
        description={
          d.state === "held" || d.heldOn ? "议事已登记为已召开，扫码签到已结束；如有遗漏，请在「邀请与出席」中手工登记" : "议事排期后才能扫码签到"
        }
      />
    );
  }
  if (!code.running) {
    return (
      <Flex vertical align="center" gap={16} style={{ padding: "24px 0" }}>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center", maxWidth: 520, margin: 0 }}>
          会场开始签到时出示签到码：受邀委员用手机扫码，或在委员履职端「签到」中输入 6 位数字签到码。二维码约每分钟更换一次，数字签到码当天有效；多次签到只计一次。
        </Typography.Paragraph>
        <Button type="primary" size="large" icon={<QrcodeOutlined />} onClick={code.start}>
          出示签到码
        </Button>
      </Flex>
    );
  }
  const status = code.code == null ? "loading" : code.expired ? "expired" : "active";
  return (
    <Flex vertical align="center" gap={12} style={{ padding: "8px 0 16px" }}>
      <StepError error={code.expired || !code.code ? code.error : null} />
      <Flex gap={40} align="center" justify="center" wrap>
        <QRCode
          value={code.code ? checkInUrl(code.code.token) : "-"}
          status={status}
          onRefresh={code.retry}
          size={280}
          errorLevel="M"
          aria-label="签到二维码"
        />
        <CheckInPin consultationId={d.id} showing={code.running} size={64} />
      </Flex>
      {code.code &&
        (code.expired ? (
          <Alert type="warning" showIcon title="二维码已过期，请点击二维码上的刷新" />
        ) : (
          <Typography.Text type="secondary" data-testid="check-in-token" data-token={code.code.token}>
            二维码 {code.secondsToChange} 秒后自动更换
          </Typography.Text>
        ))}
      <Typography.Text strong style={{ fontSize: 16 }}>
        已出席 {d.counts.attendance} 人
      </Typography.Text>
      <Button onClick={code.stop}>结束出示</Button>
    </Flex>
  );
}
