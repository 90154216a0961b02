import { Card, Col, Flex, Row } from "antd";
import { FigureCard } from "./FigureCard";
import type { Figure } from "./types";

/** The figures by the module they are counted from, in the catalog's order (the order a report reads). */
export function FigureGrid({ figures }: { figures: Figure[] }) {
  const modules = [...new Set(figures.map((f) => f.moduleLabel))];
  return (
    <Flex vertical gap={16}>
      {modules.map((label) => (
        <Card key={label} title={label} size="small">
          <Row gutter={[12, 12]}>
            {figures
              .filter((f) => f.moduleLabel === label)
              .map((f) => (
                <Col key={f.id} xs={24} sm={12} lg={8} xl={6}>
                  <FigureCard figure={f} />
                </Col>
              ))}
          </Row>
        </Card>
      ))}
    </Flex>
  );
}
