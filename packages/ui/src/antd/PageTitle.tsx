import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

/** A page's heading and a line under it; one look across the desk apps. */
export function PageTitle({ title, subtitle }: { title: ReactNode; subtitle?: ReactNode }) {
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
    </Flex>
  );
}
