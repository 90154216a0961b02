import { PrinterOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useHref } from "react-router";

/** Opens a member's printable annual record (A4) in its own tab, outside the app's frame. */
export function PrintRecordButton({ memberId, year }: { memberId: string; year: number }) {
  const href = useHref(`/duty-record/${memberId}/${year}/print`);
  return (
    <Button size="small" icon={<PrinterOutlined />} href={href} target="_blank">
      打印年度档案
    </Button>
  );
}
