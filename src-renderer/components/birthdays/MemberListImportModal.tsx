import type { MemberListImportDto } from '@contract';
import { App, Button, Flex, Modal, Skeleton, Typography } from 'antd';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useUploads } from '../../hooks/useUploads';
import { formatCount } from '../../format/numbers';
import { LoadError } from '../LoadError';
import { MemberListFilePicker } from './MemberListFilePicker';
import { MemberListMapping } from './MemberListMapping';

/** 导入会员生日: a member list (CSV/XLSX) from another system or a 会员 export, matched to customers by nick or phone. */
export function MemberListImportModal(props: { open: boolean; onClose(): void; onImported(): void }) {
  return (
    <Modal open={props.open} title="导入会员生日" width={880} footer={null} onCancel={props.onClose} maskClosable={false} destroyOnHidden>
      {/* Mounted only while open: closing unmounts it, and the upload is then discarded. */}
      {props.open && <MemberListImport onCancel={props.onClose} onImported={props.onImported} />}
    </Modal>
  );
}

function MemberListImport(props: { onCancel(): void; onImported(): void }) {
  const uploads = useUploads();
  const { message } = App.useApp();
  const file = uploads.files[0];
  const uploadId = file?.status === 'uploaded' ? file.uploadId : null;

  const done = (result: MemberListImportDto) => {
    // The server discards an imported list itself.
    uploads.handOver();
    void message.success(`已写入 ${formatCount(result.set)} 位客户的生日`);
    props.onImported();
  };

  return (
    <Flex vertical gap={12} data-testid="member-list-import-modal">
      <Typography.Title level={5} style={{ margin: 0 }}>
        1. 选择文件
      </Typography.Title>
      <MemberListFilePicker uploads={uploads} />
      {uploadId ? (
        <InspectedList key={uploadId} uploadId={uploadId} onImported={done} onCancel={props.onCancel} />
      ) : (
        <Flex justify="flex-end">
          <Button onClick={props.onCancel}>取消</Button>
        </Flex>
      )}
    </Flex>
  );
}

function InspectedList(props: { uploadId: string; onImported(result: MemberListImportDto): void; onCancel(): void }) {
  const inspection = useApiQuery('birthdays.inspectList', { uploadId: props.uploadId });
  if (inspection.error) return <LoadError error={inspection.error} onRetry={inspection.reload} />;
  if (!inspection.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return <MemberListMapping uploadId={props.uploadId} inspection={inspection.data} onImported={props.onImported} onCancel={props.onCancel} />;
}
