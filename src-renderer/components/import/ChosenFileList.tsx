import { CheckCircleFilled, DeleteOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatBytes } from '../../format/numbers';
import type { ChosenFile } from '../../hooks/useUploads';

/** The chosen files, each with its upload progress, what it was recognised as, and a way to take it out again. */
export function ChosenFileList(props: {
  files: ChosenFile[];
  onRemove: (key: string) => void;
  disabled?: boolean;
  /** Shown under an uploaded file (what it was recognised as, its 对应列). */
  details?: (file: ChosenFile) => ReactNode;
}) {
  if (props.files.length === 0) return null;
  return (
    <Flex vertical gap={8} className="chosen-files" data-testid="chosen-files">
      {props.files.map((file) => (
        <Flex key={file.key} vertical gap={8} className="chosen-file" data-testid="chosen-file">
          <Flex align="center" gap={12}>
            <FileTextOutlined className="chosen-file-icon" />
            <Flex vertical className="chosen-file-main">
              <Flex justify="space-between" gap={12}>
                <Typography.Text strong ellipsis={{ tooltip: file.name }}>
                  {file.name}
                </Typography.Text>
                <Typography.Text type={file.status === 'failed' ? 'danger' : 'secondary'} className="chosen-file-state">
                  {file.status === 'uploaded' && <CheckCircleFilled className="chosen-file-done" />}
                  {stateText(file)}
                </Typography.Text>
              </Flex>
              {file.status === 'failed' && <Typography.Text type="danger">{file.error}</Typography.Text>}
              {file.status === 'uploading' && <Progress percent={file.percent} size="small" showInfo={false} status="active" />}
            </Flex>
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`移除 ${file.name}`}
              title="移除这个文件"
              disabled={props.disabled}
              onClick={() => props.onRemove(file.key)}
            />
          </Flex>
          {file.status === 'uploaded' && props.details && <div className="chosen-file-details">{props.details(file)}</div>}
        </Flex>
      ))}
    </Flex>
  );
}

function stateText(file: ChosenFile): string {
  if (file.status === 'uploading') return `上传中 ${file.percent}%`;
  if (file.status === 'failed') return '上传失败';
  return `已上传 · ${formatBytes(file.size)}`;
}
