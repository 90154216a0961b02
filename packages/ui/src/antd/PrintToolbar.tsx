import { Button, Flex } from "antd";

/** Over a page made for paper (opened in its own tab): print it or close the tab. The bar itself is not printed. */
export function PrintToolbar() {
  return (
    <>
      <style>{"@media print { .print-toolbar { display: none; } }"}</style>
      <Flex className="print-toolbar" justify="center" gap={8} style={{ padding: 12, background: "#fafafa", borderBottom: "1px solid #f0f0f0" }}>
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
        <Button onClick={() => window.close()}>关闭</Button>
      </Flex>
    </>
  );
}
