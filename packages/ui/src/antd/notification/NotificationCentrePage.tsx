import { Card } from "antd";
import { PageTitle } from "../PageTitle";
import { NotificationTabs } from "./NotificationTabs";

/** 消息中心: every notification of the signed-in person, the same list as the bell's at full width. */
export function NotificationCentrePage() {
  return (
    <>
      <PageTitle title="消息中心" subtitle="与您有关的事项都会在这里通知；点「去处理」直达办理页面。" />
      <Card>
        <NotificationTabs />
      </Card>
    </>
  );
}
