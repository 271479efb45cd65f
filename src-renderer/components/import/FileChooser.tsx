import { Button, Flex, Typography } from 'antd';
import type { UploadsControls } from '../../hooks/useUploads';
import { ChosenFileList } from './ChosenFileList';
import { FileDropZone } from './FileDropZone';

/** Choosing the files: drop zone, the chosen files with their upload progress, and 预览. */
export function FileChooser(props: { uploads: UploadsControls; pending: boolean; onPreview: () => void }) {
  const { uploads } = props;
  const uploading = uploads.files.some((f) => f.status === 'uploading');
  const failed = uploads.files.some((f) => f.status === 'failed');
  return (
    <Flex vertical gap={12}>
      <FileDropZone onFiles={uploads.add} disabled={props.pending} />
      <ChosenFileList files={uploads.files} onRemove={uploads.remove} disabled={props.pending} />
      {uploads.files.length > 0 && (
        <Flex justify="flex-end" align="center" gap={12}>
          <Typography.Text type="secondary">
            {uploading
              ? '文件上传完就可以预览。'
              : failed
                ? '有文件没有传上来：移除它，或重新选择。'
                : '预览不会改动客户本。'}
          </Typography.Text>
          <Button onClick={uploads.clear} disabled={props.pending}>
            清空
          </Button>
          <Button type="primary" disabled={!uploads.ready} loading={props.pending} onClick={props.onPreview}>
            预览
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
