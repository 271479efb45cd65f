import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { UploadsControls } from '../../hooks/useUploads';
import { ChosenFileList } from '../import/ChosenFileList';

/** The member list file: dropped or picked, then sent in pieces like an order export. One file at a time. */
export function MemberListFilePicker(props: { uploads: UploadsControls; disabled?: boolean }) {
  const { uploads } = props;
  const choose = (file: File) => {
    uploads.clear();
    uploads.add([file]);
  };
  return (
    <>
      {uploads.files.length === 0 ? (
        <Upload.Dragger
          accept=".csv,.txt,.xlsx"
          fileList={[]}
          showUploadList={false}
          disabled={props.disabled}
          beforeUpload={(file) => {
            choose(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">把会员名单拖到这里，或点这里选择文件</p>
          <p className="ant-upload-hint">CSV 或 Excel（.xlsx），要有买家昵称或手机号一列，以及生日一列，例如 1990-08-15、8月15日、农历八月十五。</p>
        </Upload.Dragger>
      ) : (
        <ChosenFileList files={uploads.files} onRemove={uploads.remove} disabled={props.disabled} />
      )}
    </>
  );
}
