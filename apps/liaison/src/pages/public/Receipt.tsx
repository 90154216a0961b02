import { Flex, Typography } from "antd";

/**
 * The receipt as a resident copies it down or photographs it: the number in large type, and the
 * lookup code when they left no phone (it is shown only here, once).
 */
export function Receipt({ receiptNo, lookupCode }: { receiptNo: string; lookupCode: string | null }) {
  return (
    <Flex vertical align="center" gap={4} style={{ border: "1px dashed #b3242a", borderRadius: 8, padding: "12px 16px", background: "#fff8f8" }}>
      <Typography.Text type="secondary">您的回执号</Typography.Text>
      <Typography.Text strong copyable={{ text: receiptNo, tooltips: ["复制", "已复制"] }} style={{ fontSize: 22, letterSpacing: 1 }} data-testid="receipt-no">
        {receiptNo}
      </Typography.Text>
      {lookupCode ? (
        <>
          <Typography.Text>
            查询码 <Typography.Text strong style={{ fontSize: 18 }} data-testid="lookup-code">{lookupCode}</Typography.Text>
          </Typography.Text>
          <Typography.Text type="danger" style={{ fontSize: 12, textAlign: "center" }}>
            您没有留手机号，请记下回执号和查询码（或截图保存），查询进度时需要填写；查询码只显示这一次。
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: "center" }}>
          请记下回执号，凭回执号和手机号后四位查询进度。
        </Typography.Text>
      )}
    </Flex>
  );
}
