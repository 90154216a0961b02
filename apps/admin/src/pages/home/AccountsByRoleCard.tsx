import { roleLabels, roles } from "@cppcc/domain";
import { Card, Col, Row, Statistic } from "antd";
import { lazy, Suspense, useMemo } from "react";

// echarts is large; it loads only when this card is on screen, after the numbers are shown.
const RoleBarChart = lazy(() => import("./RoleBarChart").then((m) => ({ default: m.RoleBarChart })));

export type RoleCounts = Partial<Record<string, number>>;

/** How many accounts each role has in this council: numbers first, a chart under them. */
export function AccountsByRoleCard({ counts }: { counts: RoleCounts }) {
  // Stable across re-renders, so the chart is not redrawn when nothing changed.
  const rows = useMemo(() => roles.map((role) => ({ role, label: roleLabels[role], count: counts[role] ?? 0 })), [counts]);
  return (
    <Card title="账号数量">
      <Row gutter={[16, 16]}>
        {rows.map((r) => (
          <Col key={r.role} xs={12} sm={6}>
            <Statistic title={r.label} value={r.count} suffix="个" />
          </Col>
        ))}
      </Row>
      <Suspense fallback={<div style={{ height: 200 }} />}>
        <RoleBarChart rows={rows} />
      </Suspense>
    </Card>
  );
}
