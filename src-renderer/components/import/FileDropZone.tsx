import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';

/** The drop zone: files are only handed over here; useUploads sends them. */
export function FileDropZone(props: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  return (
    <Upload.Dragger
      multiple
      accept=".csv,.txt,.xlsx"
      fileList={[]}
      showUploadList={false}
      disabled={props.disabled}
      beforeUpload={(file) => {
        props.onFiles([file]);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">把订单报表和宝贝报表一起拖到这里</p>
      <p className="ant-upload-hint">同一次导出的两个文件（ExportOrderList 和 ExportOrderDetailList，CSV 或 Excel 都可以），也可以点这里选择文件。</p>
    </Upload.Dragger>
  );
}
