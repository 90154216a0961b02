import { FileExcelOutlined } from "@ant-design/icons";
import { downloadBase64, errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation } from "@tanstack/react-query";
import { App, Button } from "antd";

/**
 * 下载模板: the roster's headers, exactly as export writes them. There is no template procedure;
 * an export filtered by a name no one can have ("#": names are Han characters, letters and ·)
 * is the same file without rows, built by the same code that reads imports.
 */
export function TemplateButton() {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const template = useMutation(
    trpc.roster.export.mutationOptions({
      onSuccess: (result) => downloadBase64("委员名册导入模板.xlsx", result.file),
      onError: (error) => void message.error(`模板下载失败：${errorMessage(error)}`),
    }),
  );
  return (
    <Button icon={<FileExcelOutlined />} loading={template.isPending} onClick={() => template.mutate({ query: "#" })}>
      下载模板
    </Button>
  );
}
