import { ExpandOutlined, QrcodeOutlined } from "@ant-design/icons";
import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, Modal, QRCode, Typography } from "antd";
import { useEffect, useState } from "react";
import { checkInLink, groupedToken } from "./checkInLink";
import { useNow } from "./useNow";

type Code = { token: string; expiresAt: Date; refreshAt: Date };

/**
 * The organiser's check-in code: a QR code (and the same token in letters) that the server lets
 * lapse after the council's set time; the screen fetches the next one shortly before, so a
 * photo of an old code passed around stops working.
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
          <Typography.Text>会场签到：出示签到码，委员用“委员履职端”扫码或输入签到码签到；签到码定时更换。</Typography.Text>
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
        <Flex vertical gap={8} style={{ minWidth: 0 }}>
          <Typography.Text type="secondary">不便扫码的委员可在“我的活动 → 签到”中输入：</Typography.Text>
          <Typography.Text
            data-testid="check-in-token"
            data-token={code?.token ?? ""}
            copyable={code ? { text: code.token } : false}
            style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", fontSize: 22, letterSpacing: 1, wordBreak: "break-all" }}
          >
            {code ? groupedToken(code.token) : "正在生成…"}
          </Typography.Text>
          <Typography.Text type={seconds <= 10 ? "warning" : "secondary"}>{code ? `${seconds} 秒后更换新码` : ""}</Typography.Text>
        </Flex>
      </Flex>
      <Modal open={large} onCancel={() => setLarge(false)} footer={null} width={720} centered title={`${title} · 扫码签到`}>
        <Flex vertical align="center" gap={16}>
          {qr(480)}
          <Typography.Text style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", fontSize: 26, wordBreak: "break-all", textAlign: "center" }}>
            {code ? groupedToken(code.token) : ""}
          </Typography.Text>
          <Typography.Text type="secondary">{seconds} 秒后更换新码</Typography.Text>
        </Flex>
      </Modal>
    </Card>
  );
}
