import { DownloadOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { App, Button } from "antd";
import { downloadBase64 } from "../../files/base64";
import type { MemberFilters } from "../../roster/types";
import { errorMessage } from "../../trpc/errors";
import { useTRPC } from "../../trpc/context";

/**
 * The list as it is filtered, as an .xlsx with the import's own headers. The server builds the
 * file (a page at a time), so a long list shows a wait on the button, then the download starts.
 */
export function RosterExportButton({ filters, label = "导出 Excel" }: { filters: MemberFilters; label?: string }) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const exporter = useMutation(
    trpc.roster.export.mutationOptions({
      onSuccess: (result) => {
        downloadBase64(result.fileName, result.file);
        void message.success(`已导出 ${result.rows} 位委员：${result.fileName}`);
      },
      onError: (error) => void message.error(`导出失败：${errorMessage(error)}`),
    }),
  );
  return (
    <Button icon={<DownloadOutlined />} loading={exporter.isPending} onClick={() => exporter.mutate(filters)}>
      {exporter.isPending ? "正在导出…" : label}
    </Button>
  );
}
