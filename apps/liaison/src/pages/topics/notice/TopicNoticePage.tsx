import { useSignedIn } from "@cppcc/ui";
import { PageLoading, PrintToolbar, QueryFailed } from "@cppcc/ui/antd";
import { QRCode } from "antd";
import { NoTownship } from "../../deliberation/shared/NoTownship";
import { useOwnTownship } from "../../deliberation/shared/useOwnTownship";
import { publicTopicsUrl } from "../../public/publicLink";
import "./notice.css";

/**
 * 群众议题征集 notice for the township's notice boards and the 议事堂 wall: the QR code of the
 * public page with what residents can do there. Opened in its own tab, outside the app's frame;
 * the officer prints it from the toolbar (the browser's dialog sets paper and copies).
 */
export function TopicNoticePage() {
  const { council } = useSignedIn();
  const { townshipId, township, overview } = useOwnTownship();
  if (!townshipId) return <NoTownship />;
  if (overview.isPending) return <PageLoading />;
  if (overview.isError) return <QueryFailed query={overview} />;
  const url = publicTopicsUrl(townshipId);
  const name = township?.name ?? "";
  return (
    <>
      <PrintToolbar />
      <article className="topic-notice" aria-label="群众议题征集通知">
        <h1>民生议事 · 群众议题征集</h1>
        <p className="council">
          {council.name} {name}
        </p>
        <p className="lead">
          {"身边有需要协商解决的民生事项，如道路、停车、养老、环境、教育等，欢迎您提出议题。" +
            "联络室审核采纳后，将在页面公示，并邀请政协委员、部门和群众代表在民生议事堂共同协商，协商结果也在页面公开。"}
        </p>
        <div className="qr">
          <QRCode value={url} size={260} type="svg" bordered={false} aria-label={`${name}群众议事页面二维码`} />
        </div>
        <p className="scan">微信或手机相机扫码 · 无需注册</p>
        <ol>
          <li>扫描二维码，打开本镇街道的群众议事页面；</li>
          <li>写明议题和具体情况，可留下姓名和手机号以便联系（选填）；</li>
          <li>提交后请留意页面公示，同一事项无需重复提交。</li>
        </ol>
        <p className="url">{url}</p>
        <p className="signature">{name}政协委员联络室</p>
      </article>
    </>
  );
}
