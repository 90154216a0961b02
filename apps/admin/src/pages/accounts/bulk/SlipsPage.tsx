import { shanghaiDate } from "@cppcc/domain";
import { appPaths, useSignedIn } from "@cppcc/ui";
import { Alert, Button, Flex, Result, Typography } from "antd";
import { useEffect } from "react";
import { useNavigate } from "react-router";
import { CredentialSlip } from "./CredentialSlip";
import { useSlipBatch } from "./slipBatch";
import "./slips.css";

/**
 * 登录凭据单: the initial passwords of the bulk opening just done, one A4 sheet per member, to print
 * now. They live only in this tab's memory; a warning says so and the browser asks before the tab closes.
 */
export function SlipsPage() {
  const batch = useSlipBatch();
  const navigate = useNavigate();
  const { council } = useSignedIn();
  const printable = (batch?.opened ?? []).filter((o): o is typeof o & { password: string } => o.password !== null);
  useEffect(() => {
    if (printable.length === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [printable.length]);
  const back = (
    <Button key="back" onClick={() => void navigate("/accounts")}>
      返回账号管理
    </Button>
  );
  if (!batch) {
    return (
      <Result
        status="warning"
        title="没有可打印的登录凭据"
        subTitle="初始密码只在开通后显示一次，页面关闭或刷新后无法再查看。如委员未拿到凭据，请在账号管理中为其重置密码。"
        extra={back}
      />
    );
  }
  if (printable.length === 0) {
    return (
      <Result
        status={batch.replayed ? "warning" : "info"}
        title={batch.replayed ? `这批账号已开通（${batch.opened.length} 个），初始密码无法再显示` : "没有开通新的账号"}
        subTitle={
          batch.replayed
            ? "开通请求重复提交，账号只开通了一次；当时的初始密码已无法查看，请在账号管理中为这些账号重置密码。"
            : "符合条件的委员都已开通登录。"
        }
        extra={back}
      />
    );
  }
  const portalUrl = new URL(appPaths.portal, window.location.origin).toString();
  const issuedOn = shanghaiDate(new Date());
  return (
    <div className="slips-screen">
      <div className="slips-controls" style={{ padding: 16, background: "#fff", borderBottom: "1px solid #f0f0f0" }}>
        <Flex vertical gap={12} style={{ maxWidth: 820, margin: "0 auto" }}>
          <Alert
            type="warning"
            showIcon
            title="请立即打印：初始密码只在本页显示这一次"
            description="关闭或刷新本页后，这些密码将无法再查看。如凭据丢失，请在账号管理中为相应账号重置密码。每位委员一页（A4），打印后请逐份交给本人。"
          />
          {batch.skipped.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={`${batch.skipped.length} 位委员未开通`}
              description={batch.skipped.map((s) => `${s.name}：${s.reason}`).join("；")}
            />
          )}
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text>
              已为 <b>{printable.length}</b> 位委员开通账号，共 {printable.length} 页凭据单
            </Typography.Text>
            <Flex gap={8}>
              <Button type="primary" onClick={() => window.print()}>
                打印凭据单
              </Button>
              {back}
            </Flex>
          </Flex>
        </Flex>
      </div>
      {printable.map((login) => (
        <CredentialSlip key={login.accountId} login={login} councilName={council.name} portalUrl={portalUrl} issuedOn={issuedOn} />
      ))}
    </div>
  );
}
