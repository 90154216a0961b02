import { Flex, Progress, Spin, Steps, Typography } from "antd";
import type { ImportState } from "./useRosterImport";
import { useElapsed } from "./useElapsed";

const stepOf = { idle: 0, reading: 0, checking: 1, checked: 1, writing: 2, done: 2 } as const;
const failedStep = { reading: 0, checking: 1, writing: 2 } as const;

export function fileSizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The three phases of an import and, for the one running, how far it is. */
export function ImportProgress({ state }: { state: Exclude<ImportState, { phase: "idle" }> }) {
  const since = "since" in state ? state.since : null;
  const elapsed = useElapsed(since);
  const current = state.phase === "failed" ? failedStep[state.step] : stepOf[state.phase];
  const refused = state.phase === "checked" && state.report.errors.length > 0;
  const status = state.phase === "failed" || refused ? "error" : state.phase === "done" || state.phase === "checked" ? "finish" : "process";
  return (
    <Flex vertical gap={16}>
      <Steps
        current={current}
        status={status}
        size="small"
        items={[
          { title: "读取文件", content: `${state.file.name}（${fileSizeText(state.file.size)}）` },
          { title: "校验", content: "逐行检查，不写入数据" },
          { title: "写入", content: "全部写入或全部不写" },
        ]}
      />
      {state.phase === "reading" && (
        <div role="status" aria-label="读取进度">
          <Typography.Text>正在读取文件…</Typography.Text>
          <Progress percent={state.percent} status="active" />
        </div>
      )}
      {(state.phase === "checking" || state.phase === "writing") && (
        <Flex align="center" gap={12} role="status">
          <Spin />
          <Typography.Text>
            {state.phase === "checking"
              ? "正在校验每一行（表头、必填项、界别和专委会名称、手机号是否重复、职务）…"
              : `正在写入 ${state.report.toCreate} 位委员…`}
            {elapsed >= 2 && <Typography.Text type="secondary">已用时 {elapsed} 秒</Typography.Text>}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
