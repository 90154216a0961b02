import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Form, Typography } from "antd";
import type { FormListFieldData } from "antd/es/form/FormList";
import type { ReactNode } from "react";

type Props<T> = {
  name: string;
  title: string;
  hint?: string;
  /** What one item is called in labels and buttons (「计分规则」 → 「第 2 条计分规则」). */
  item: string;
  readOnly: boolean;
  blank: () => T;
  children: (field: FormListFieldData, index: number) => ReactNode;
};

/** One section of the table (categories, clauses, …): its items one under another, each removable while a draft. */
export function ListSection<T>({ name, title, hint, item, readOnly, blank, children }: Props<T>) {
  return (
    <Card title={title} size="small" style={{ marginBottom: 16 }} data-testid={`table-${name}`}>
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex
                key={field.key}
                gap={8}
                align="start"
                data-testid={`${name}-${index}`}
                style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}
              >
                <Typography.Text strong style={{ width: 28, lineHeight: "32px", flex: "none" }}>
                  {index + 1}.
                </Typography.Text>
                <Flex gap={8} wrap style={{ flex: 1 }}>
                  {children(field, index)}
                </Flex>
                {!readOnly && (
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除第 ${index + 1} 条${item}`} onClick={() => remove(field.name)} />
                )}
              </Flex>
            ))}
            {fields.length === 0 && <Typography.Text type="secondary">（无）</Typography.Text>}
            {!readOnly && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank())} style={{ alignSelf: "start" }}>
                添加{item}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
