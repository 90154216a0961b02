import type { RouterOutputs } from "@cppcc/api";
import { credentialSmsStatusLabels } from "@cppcc/domain";
import { useTRPC } from "@cppcc/ui";
import { PageTitle, QueryFailed } from "@cppcc/ui/antd";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useNavigate, useParams } from "react-router";

type Row = RouterOutputs["account"]["credentialDeliveries"][number];

const statusColor: Record<Row["status"], string> = { pending: "default", sending: "processing", sent: "success", refused: "error", failed: "warning" };
/** Still moving: the worker has yet to send it, or will retry it. */
const settled = (r: Row) => r.status === "sent" || r.status === "refused";

/**
 * 短信发送结果 of one bulk opening: who got their initial password by text, who did not and why, read
 * from the deliveries themselves and refreshed until each has settled. A member not reached gets a
 * password reset and a printed slip instead.
 */
export function CredentialSmsPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { requestId = "" } = useParams();
  const rows = useQuery(
    trpc.account.credentialDeliveries.queryOptions({ requestId }, { refetchInterval: (q) => (q.state.data?.every(settled) ? false : 3000) }),
  );
  if (rows.isError) return <QueryFailed query={rows} />;
  const data = rows.data ?? [];
  const count = (s: Row["status"]) => data.filter((r) => r.status === s).length;
  const waiting = data.length - count("sent") - count("refused");
  const columns: TableColumnsType<Row> = [
    { title: "委员", dataIndex: "name", width: 100 },
    { title: "用户名（手机号）", dataIndex: "username", width: 150 },
    { title: "状态", dataIndex: "status", width: 150, render: (s: Row["status"]) => <Tag color={statusColor[s]}>{credentialSmsStatusLabels[s]}</Tag> },
    {
      title: "原因",
      dataIndex: "lastError",
      render: (e: string | null, r) => (r.status === "sent" ? "—" : e ? <Typography.Text type={r.status === "refused" ? "danger" : "warning"}>{e}</Typography.Text> : "—"),
    },
  ];
  return (
    <>
      <PageTitle title="短信发送结果" subtitle="开通账号时以短信发送的初始密码：每位委员只发送一次，受每人每日短信上限约束；委员首次登录须修改密码" />
      <Card styles={{ body: { padding: 16 } }}>
        <Flex vertical gap={12}>
          <Alert
            type={count("refused") > 0 ? "warning" : waiting > 0 ? "info" : "success"}
            showIcon
            title={`共 ${data.length} 位：已发送 ${count("sent")}，未发送 ${count("refused")}${waiting > 0 ? `，发送中 ${waiting}` : ""}`}
            description={
              count("refused") > 0 ? "未发送的委员请在账号管理中重置密码，改用打印凭据交给本人。" : waiting > 0 ? "短信由后台逐条发送，本页自动刷新。" : undefined
            }
          />
          <Table<Row> rowKey="accountId" size="middle" columns={columns} dataSource={data} loading={rows.isPending} pagination={false} scroll={{ x: 700 }} />
          <Flex>
            <Button onClick={() => void navigate("/accounts")}>返回账号管理</Button>
          </Flex>
        </Flex>
      </Card>
    </>
  );
}
