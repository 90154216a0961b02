import { Alert } from "antd";

/** The alert over a form the server refused; with field messages only, it points at them. */
export function ServerAlert({ general, title = "保存失败" }: { general: string[] | null; title?: string }) {
  if (general === null) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        general.length === 0 ? (
          "请按标红的提示修改后再提交。"
        ) : general.length === 1 ? (
          general[0]
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {general.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
