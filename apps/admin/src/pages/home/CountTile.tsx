import { Card, Statistic, Typography } from "antd";
import { Link } from "react-router";

type Props = { title: string; count: number; unit: string; to: string; hint?: string; color?: string };

/**
 * A home's count that opens the list it counts; its accessible name says the number, so a reader
 * (and the browser tests) hear "临期 2 项，查看列表". Coloured only while there is something to do.
 */
export function CountTile({ title, count, unit, to, hint, color }: Props) {
  return (
    <Link to={to} aria-label={`${title} ${count} ${unit}，查看列表`} style={{ display: "block" }}>
      <Card size="small" hoverable>
        <Statistic title={title} value={count} suffix={unit} styles={count > 0 && color ? { content: { color } } : undefined} />
        {hint && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hint}
          </Typography.Text>
        )}
      </Card>
    </Link>
  );
}
