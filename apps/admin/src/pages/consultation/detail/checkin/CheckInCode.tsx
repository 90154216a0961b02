import { ExpandOutlined, QrcodeOutlined } from "@ant-design/icons";
import { errorMessage, useTRPC } from "@cppcc/ui";
import { CheckInPin } from "@cppcc/ui/antd";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, Modal, QRCode, Typography } from "antd";
import { useEffect, useState } from "react";
import { checkInLink } from "./checkInLink";
import { useNow } from "./useNow";

type Code = { token: string; expiresAt: Date; refreshAt: Date };

/**
 * The organiser's check-in codes: a QR code that the server lets lapse after the council's set
 * time (the screen fetches the next one shortly before, so a photo of an old one passed around
 * stops working), and beside it the 6-digit code members type, valid for the check-in window.
 */
export function CheckInCode({ consultationId, title }: { consultationId: string; title: string }) {
  const trpc = useTRPC();
  const [code, setCode] = useState<Code | null>(null);
  const [showing, setShowing] = useState(false);
  const [large, setLarge] = useState(false);
  const issue = useMutation(trpc.consultation.checkIn.issueCode.mutationOptions({ onSuccess: (c) => setCode(c) }));
  const { mutate } = issue;
  const now = useNow(showing);

  // Next code just before this one lapses; scans in flight with the old one still land.
  useEffect(() => {
    if (!showing || !code) return;
    const timer = setTimeout(() => mutate({ consultationId }), Math.max(0, code.refreshAt.getTime() - Date.now()));
    return () => clearTimeout(timer);
  }, [showing, code, consultationId, mutate]);

  const start = () => {
    setShowing(true);
    mutate({ consultationId });
  };
  const stop = () => {
    setShowing(false);
    setCode(null);
    setLarge(false);
  };
  const seconds = code ? Math.max(0, Math.ceil((code.expiresAt.getTime() - now) / 1000)) : 0;

  if (!showing) {
    return (
      <Card style={{ marginBottom: 16 }}>
        <Flex align="center" justify="space-between" wrap gap={12}>
          <Typography.Text>会场签到：出示签到码，委员用“委员履职端”扫码，或输入 6 位数字签到码签到。</Typography.Text>
          <Button type="primary" icon={<QrcodeOutlined />} onClick={start}>
            出示签到码
          </Button>
        </Flex>
      </Card>
    );
  }
  const qr = (size: number) => (code ? <QRCode value={checkInLink(code.token)} size={size} bordered={false} /> : <QRCode value="" size={size} status="loading" />);
  return (
    <Card
      title="签到码"
      style={{ marginBottom: 16 }}
      extra={
        <Flex gap={8}>
          <Button icon={<ExpandOutlined />} onClick={() => setLarge(true)} disabled={!code}>
            放大显示
          </Button>
          <Button onClick={stop}>收起签到码</Button>
        </Flex>
      }
    >
      {issue.isError && <Alert type="error" showIcon title="签到码未能更新" description={errorMessage(issue.error)} style={{ marginBottom: 12 }} />}
      <Flex gap={24} align="center" wrap>
        {qr(200)}
        <Flex vertical gap={12} style={{ minWidth: 0, flex: 1 }}>
          <CheckInPin consultationId={consultationId} showing={showing} />
          <Typography.Text
            data-testid="check-in-token"
            data-token={code?.token ?? ""}
            type={seconds <= 10 ? "warning" : "secondary"}
            style={{ textAlign: "center" }}
          >
            {code ? `二维码 ${seconds} 秒后更换` : ""}
          </Typography.Text>
        </Flex>
      </Flex>
      <Modal open={large} onCancel={() => setLarge(false)} footer={null} width={720} centered title={`${title} · 扫码签到`}>
        <Flex vertical align="center" gap={16}>
          {qr(480)}
          <CheckInPin consultationId={consultationId} showing={showing} size={96} />
          <Typography.Text type="secondary">二维码 {seconds} 秒后更换</Typography.Text>
        </Flex>
      </Modal>
    </Card>
  );
}
