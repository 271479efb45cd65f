import { Button, Flex, Typography } from 'antd';
import { previewBlock, type FileInspectionState } from '../../format/column-mapping';
import type { MappingDrafts } from '../../hooks/useMappingDrafts';
import type { UploadsControls } from '../../hooks/useUploads';
import { ChosenFileList } from './ChosenFileList';
import { FileDropZone } from './FileDropZone';
import { FileRecognition } from './FileRecognition';

/** Choosing the files: drop zone, the chosen files with their upload progress and 对应列, and 预览. */
export function FileChooser(props: {
  uploads: UploadsControls;
  inspections: Record<string, FileInspectionState>;
  mappings: MappingDrafts;
  pending: boolean;
  onPreview: () => void;
}) {
  const { uploads, inspections, mappings } = props;
  const uploading = uploads.files.some((f) => f.status === 'uploading');
  const failed = uploads.files.some((f) => f.status === 'failed');
  const blocked = uploads.ready ? previewBlock(uploads.files, inspections, mappings.drafts) : null;
  return (
    <Flex vertical gap={12}>
      <FileDropZone onFiles={uploads.add} disabled={props.pending} />
      <ChosenFileList
        files={uploads.files}
        onRemove={uploads.remove}
        disabled={props.pending}
        details={(file) => {
          const state = file.uploadId ? inspections[file.uploadId] : undefined;
          if (!file.uploadId || !state) return null;
          const uploadId = file.uploadId;
          const proposed = state.status === 'ready' ? (state.inspection.mapping ?? {}) : {};
          return (
            <FileRecognition
              state={state}
              draft={mappings.drafts[uploadId]}
              onShow={() => mappings.start(uploadId, proposed)}
              onChange={(field, header) => mappings.change(uploadId, proposed, field, header)}
              onClose={() => mappings.drop(uploadId)}
            />
          );
        }}
      />
      {uploads.files.length > 0 && (
        <Flex justify="flex-end" align="center" gap={12} wrap>
          <Typography.Text type={blocked && !blocked.waiting ? 'warning' : 'secondary'} data-testid="preview-hint">
            {uploading
              ? '文件上传完就可以预览。'
              : failed
                ? '有文件没有传上来：移除它，或重新选择。'
                : (blocked?.message ?? '预览不会改动客户本。')}
          </Typography.Text>
          <Button onClick={uploads.clear} disabled={props.pending}>
            清空
          </Button>
          <Button type="primary" disabled={!uploads.ready || blocked !== null} loading={props.pending} onClick={props.onPreview}>
            预览
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
