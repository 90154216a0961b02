import { InboxOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Upload } from "antd";

const accept = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Props = { onPick: (file: File) => void; compact?: boolean; disabled?: boolean };

/** Chooses the .xlsx; nothing is uploaded here — the page reads it and sends it for checking. */
export function FilePicker({ onPick, compact, disabled }: Props) {
  const props = {
    accept,
    multiple: false,
    showUploadList: false,
    disabled,
    beforeUpload: (file: File) => {
      onPick(file);
      return Upload.LIST_IGNORE;
    },
  };
  if (compact) {
    return (
      <Upload {...props}>
        <Button icon={<UploadOutlined />} disabled={disabled}>
          重新选择文件
        </Button>
      </Upload>
    );
  }
  return (
    <Upload.Dragger {...props}>
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">点击或拖入名册 Excel 文件（.xlsx）</p>
      <p className="ant-upload-hint">选择后先在服务器上逐行校验，不会写入任何数据</p>
    </Upload.Dragger>
  );
}
