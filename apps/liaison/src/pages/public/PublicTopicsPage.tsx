import { errorCode, useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import { Flex, Result, Spin, Tabs, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { AcceptedTopics } from "./AcceptedTopics";
import { LookupTopic } from "./LookupTopic";
import { PublicSummaries } from "./PublicSummaries";
import { SubmitTopicForm } from "./SubmitTopicForm";

const brandRed = "#b3242a";

/**
 * 群众议事: a township's page for residents, reached by a link or a QR code without an account —
 * raise a topic (and get a receipt), follow it by its receipt, see the topics accepted for
 * deliberation with their sessions, and read the published results.
 * It calls only the public procedures, so it works signed out (and looks the same signed in).
 */
export function PublicTopicsPage() {
  const { townshipId = "" } = useParams();
  const trpc = useTRPC();
  const [tab, setTab] = useState("submit");
  const [follow, setFollow] = useState<{ receiptNo: string; code?: string }>({ receiptNo: "" });
  const township = useQuery(trpc.consultation.publicTopic.township.queryOptions({ townshipId }, { retry: false }));
  if (township.isPending) {
    return (
      <Flex justify="center" style={{ padding: 64 }}>
        <Spin size="large" />
      </Flex>
    );
  }
  if (township.isError) {
    const wrongLink = errorCode(township.error) === "NOT_FOUND" || errorCode(township.error) === "BAD_REQUEST";
    return (
      <Result
        status={wrongLink ? "404" : "error"}
        title={wrongLink ? "找不到该镇街道" : "页面暂时打不开"}
        subTitle={wrongLink ? "请核对链接，或重新扫描联络室张贴的二维码。" : "请检查网络后刷新页面重试。"}
      />
    );
  }
  const t = township.data;
  return (
    <div style={{ minHeight: "100vh", background: "#f5f5f5" }}>
      <header style={{ background: brandRed, color: "#fff", padding: "20px 16px 18px" }}>
        <div style={{ maxWidth: 640, margin: "0 auto" }}>
          <Typography.Text style={{ color: "rgba(255,255,255,0.85)", fontSize: 13 }}>{t.councilName}</Typography.Text>
          <Typography.Title level={3} style={{ color: "#fff", margin: "4px 0 2px" }}>
            {t.name}民生议事堂
          </Typography.Title>
          <Typography.Text style={{ color: "rgba(255,255,255,0.9)" }}>身边事，大家议 —— 提出您关心的问题，政协委员与您一起协商</Typography.Text>
        </div>
      </header>
      <main style={{ maxWidth: 640, margin: "0 auto", padding: "0 12px 32px" }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          centered
          size="large"
          // Four tabs fit a 360-pixel phone only with narrow gaps; a hidden 「议事结果」 would not be found.
          tabBarGutter={12}
          items={[
            {
              key: "submit",
              label: "我要提议题",
              children: (
                <SubmitTopicForm
                  townshipId={t.id}
                  townshipName={t.name}
                  textsDecision={t.textsDecision}
                  photoLimits={t.photos}
                  onFollow={(receiptNo, code) => {
                    setFollow({ receiptNo, code: code ?? undefined });
                    setTab("lookup");
                  }}
                />
              ),
            },
            // Keyed by the receipt, so following a new one starts the form afresh.
            { key: "lookup", label: "查询进度", children: <LookupTopic key={follow.receiptNo} townshipId={t.id} initial={follow} /> },
            { key: "topics", label: "已采纳议题", children: <AcceptedTopics townshipId={t.id} /> },
            { key: "results", label: "议事结果", children: <PublicSummaries townshipId={t.id} resultLabels={t.resultLabels} /> },
          ]}
        />
      </main>
    </div>
  );
}
