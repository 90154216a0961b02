import { Button, Input, Space } from "antd";
import { randomPassword } from "./randomPassword";

type Props = { value?: string; onChange?: (value: string) => void; id?: string };

/** A new password, shown in clear (the office hands it over), with one click to generate one. */
export function PasswordInput({ value, onChange, id }: Props) {
  return (
    <Space.Compact style={{ width: "100%" }}>
      <Input id={id} value={value} onChange={(e) => onChange?.(e.target.value)} autoComplete="new-password" maxLength={128} placeholder="至少 8 位" />
      <Button onClick={() => onChange?.(randomPassword())}>随机生成</Button>
    </Space.Compact>
  );
}
