import { Form, Input, InputNumber } from "antd";
import type { ReactNode } from "react";

type Name = (string | number)[];

/** One labelled field of a list item, its label above it so a row of them reads like a table's columns. */
export function Field({ name, label, width, children }: { name: Name; label: string; width?: number | string; children: ReactNode }) {
  return (
    <Form.Item name={name} label={label} layout="vertical" style={{ width: width ?? 140, marginBottom: 8 }}>
      {children}
    </Form.Item>
  );
}

export function CodeField({ name }: { name: Name }) {
  return (
    <Field name={name} label="代码" width={130}>
      <Input placeholder="英文字母开头" />
    </Field>
  );
}

export function TextField({ name, label, width = 220, placeholder }: { name: Name; label: string; width?: number | string; placeholder?: string }) {
  return (
    <Field name={name} label={label} width={width}>
      <Input placeholder={placeholder} />
    </Field>
  );
}

/** A number of points; cleared means "none" where the schema allows null, else the server says it is missing. */
export function PointsField({ name, label, width = 110, placeholder, min, max, step }: { name: Name; label: string; width?: number; placeholder?: string; min?: number; max?: number; step?: number }) {
  return (
    <Field name={name} label={label} width={width}>
      <InputNumber style={{ width: "100%" }} placeholder={placeholder} min={min} max={max} step={step} aria-label={label} />
    </Field>
  );
}
