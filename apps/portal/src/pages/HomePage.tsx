import { councilLevelText, useOverview, useSignedIn } from "@cppcc/ui";
import { List } from "antd-mobile";
import dayjs from "dayjs";
import { BrandHeader } from "../shell/BrandHeader";
import { MobileLoadFailed } from "../shell/MobileLoadFailed";
import { MobileLoading } from "../shell/MobileLoading";
import { ActivitiesEntry } from "./consultation/ActivitiesEntry";

/** The member's first screen: a greeting, today's date, and the council they serve on. */
export function HomePage() {
  const { account } = useSignedIn();
  const overview = useOverview();
  if (overview.isPending) return <MobileLoading />;
  if (overview.isError) return <MobileLoadFailed error={overview.error} retry={() => void overview.refetch()} />;
  const { council, parent, townships } = overview.data;
  const township = townships.find((t) => t.id === account.townshipId);
  return (
    <>
      <BrandHeader title={`${account.displayName}委员，您好`} subtitle={dayjs().tz().format("YYYY年M月D日 dddd")} />
      <ActivitiesEntry />
      <List header="本级政协" mode="card">
        <List.Item extra={council.name}>委员会</List.Item>
        <List.Item extra={councilLevelText(council.level)}>级别</List.Item>
        <List.Item extra={parent ? parent.name : "无"}>上级政协</List.Item>
        {township && <List.Item extra={township.name}>所在镇街道</List.Item>}
      </List>
      <p style={{ textAlign: "center", color: "#999", fontSize: 13, padding: "0 24px" }}>
        履职活动、提案和社情民意将陆续在这里办理
      </p>
    </>
  );
}
