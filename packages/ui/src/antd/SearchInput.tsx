import { SearchOutlined } from "@ant-design/icons";
import { Input } from "antd";

type Props = { label: string; placeholder: string; value: string; onChange: (text: string) => void; width: number; maxLength: number };

/** The search box over a list: the label is for screen readers and tests, the placeholder says what matches. */
export function SearchInput({ label, placeholder, value, onChange, width, maxLength }: Props) {
  return (
    <Input
      allowClear
      prefix={<SearchOutlined />}
      placeholder={placeholder}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{ width }}
      maxLength={maxLength}
    />
  );
}
