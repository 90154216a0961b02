import { Descriptions, Typography } from "antd";

/** Shown once after creating or resetting: the office hands these to the person. */
export function CredentialsNotice({ username, password }: { username: string; password: string }) {
  return (
    <>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: "u", label: "用户名", children: <Typography.Text copyable>{username}</Typography.Text> },
          { key: "p", label: "密码", children: <Typography.Text copyable code>{password}</Typography.Text> },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        请将用户名和密码当面或通过可靠渠道告知本人。密码此后不再显示，忘记时可重置。
      </Typography.Paragraph>
    </>
  );
}
