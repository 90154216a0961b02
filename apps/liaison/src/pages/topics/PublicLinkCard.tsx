import { CopyOutlined, ExportOutlined, PrinterOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, QRCode, Typography } from "antd";
import { publicTopicsUrl } from "../public/publicLink";

/**
 * The township's public page for residents: the link to send and the QR code to print on a
 * notice board. Anyone with it can raise a topic; nothing appears there before it is accepted.
 */
export function PublicLinkCard({ townshipId, townshipName }: { townshipId: string; townshipName: string }) {
  const { message } = App.useApp();
  const url = publicTopicsUrl(townshipId);
  const copy = () => {
    navigator.clipboard?.writeText(url).then(
      () => void message.success("链接已复制"),
      () => void message.info("请长按或选中链接手动复制"),
    );
  };
  return (
    <Card title="群众议事公开页面" size="small">
      <Flex gap={16} wrap align="center">
        <QRCode value={url} size={128} type="svg" aria-label={`${townshipName}群众议事页面二维码`} />
        <Flex vertical gap={8} style={{ flex: "1 1 280px", minWidth: 0 }}>
          <Typography.Text>
            群众扫描二维码或打开下面的链接，无需注册即可提出议题；议题经您审核采纳后才会在页面上公示，
            议事结果公示后也在该页面展示。
          </Typography.Text>
          <Typography.Text code copyable={false} style={{ wordBreak: "break-all" }} data-testid="public-topics-url">
            {url}
          </Typography.Text>
          <Flex gap={8} wrap>
            <Button icon={<CopyOutlined />} onClick={copy}>
              复制链接
            </Button>
            <Button icon={<ExportOutlined />} href={url} target="_blank" rel="noreferrer">
              打开公开页面
            </Button>
            <Button icon={<PrinterOutlined />} href={`${import.meta.env.BASE_URL}topics/notice`} target="_blank" rel="noreferrer">
              打印张贴通知
            </Button>
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
