import { DownloadOutlined } from "@ant-design/icons";
import { downloadBase64, errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Button } from "antd";
import type { ProposalFilters } from "../shared/types";

/** 提案一览表: the list as it is filtered, built on the server as .xlsx, in number order. */
export function ExportListButton({ filters }: { filters: ProposalFilters }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const exporter = useMutation(
    trpc.proposal.exportList.mutationOptions({
      onSuccess: (result) => {
        downloadBase64(result.filename, result.base64);
        void message.success(`已导出 ${result.count} 件提案：${result.filename}`);
      },
      onError: (error) => void message.error(`导出失败：${errorMessage(error)}`),
    }),
  );
  return (
    <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={() => exporter.mutate(filters)}>
      {exporter.isPending ? "正在导出…" : "导出 Excel"}
    </Button>
  );
}
