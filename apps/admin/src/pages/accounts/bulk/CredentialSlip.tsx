import { QRCode } from "antd";
import type { OpenedLogin } from "./types";

type Props = { login: OpenedLogin & { password: string }; councilName: string; portalUrl: string; issuedOn: string };

/** One member's sheet: who, the username and initial password, the portal's address and its QR code, and what to do first. */
export function CredentialSlip({ login, councilName, portalUrl, issuedOn }: Props) {
  return (
    <article className="credential-slip" aria-label={`${login.name}的登录凭据`}>
      <p className="council">{councilName}</p>
      <h1>委员履职平台登录凭据</h1>
      <p className="greeting">{login.name} 委员：</p>
      <p>您的委员履职端（掌上履职）账号已开通。请用手机扫描下方二维码或在浏览器中打开登录地址，用以下用户名和初始密码登录。</p>
      <table>
        <tbody>
          <tr>
            <th>用户名</th>
            <td className="secret">{login.username}</td>
          </tr>
          <tr>
            <th>初始密码</th>
            <td className="secret">{login.password}</td>
          </tr>
          <tr>
            <th>登录地址</th>
            <td>{portalUrl}</td>
          </tr>
        </tbody>
      </table>
      <div className="scan">
        <QRCode value={portalUrl} type="svg" size={150} bordered={false} color="#000" bgColor="#fff" />
        <ol>
          <li>手机扫码，或在浏览器中打开登录地址；</li>
          <li>输入用户名和初始密码登录（密码区分大小写）；</li>
          <li>首次登录须按提示设置自己的新密码，之后用新密码登录。</li>
        </ol>
      </div>
      <p className="note">
        本凭据仅供本人使用，请妥善保管，修改密码后请销毁。忘记密码请联系政协办公室重置。
        <br />
        发放日期：{issuedOn}
      </p>
    </article>
  );
}
