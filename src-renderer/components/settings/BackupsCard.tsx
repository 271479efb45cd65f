import type { BackupDto } from '@contract';
import { App, Button, Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { backupKindLabel, restoreCommand } from '../../format/backups';
import { formatBytes } from '../../format/numbers';
import { formatInstant } from '../../format/relative-date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSettings } from '../../hooks/useSettings';
import { LoadError } from '../LoadError';

/** 备份: what the backups folder holds (automatic and the owner's), 立即备份, and how to restore one. */
export function BackupsCard() {
  const backups = useApiQuery('backups.list', {});
  const timeZone = useSettings()?.timeZone ?? 'Asia/Shanghai';
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const dir = backups.data?.dir ?? '';

  const backUpNow = async () => {
    setBusy(true);
    try {
      const made = await api.call('backups.create', {});
      void message.success(`已备份：${made.fileName}（${formatBytes(made.bytes)}）`);
      backups.reload();
    } catch (error) {
      void message.error(error instanceof ApiCallError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const columns: ColumnsType<BackupDto> = [
    { title: '备份时间', key: 'takenAt', render: (_, b) => formatInstant(b.takenAt, timeZone) },
    { title: '类型', key: 'kind', render: (_, b) => backupKindLabel(b.kind) },
    { title: '大小', key: 'bytes', align: 'right', render: (_, b) => formatBytes(b.bytes) },
    {
      title: '恢复（先关闭软件）',
      key: 'restore',
      render: (_, b) => (
        <Typography.Text code copyable={{ text: restoreCommand(dir, b.fileName), tooltips: ['复制恢复命令', '已复制'] }}>
          {b.fileName}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card title="备份" extra={<Button type="primary" loading={busy} onClick={() => void backUpNow()}>立即备份</Button>} data-testid="backups-card">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          每次导入订单前、每天第一次打开软件时自动备份；保留最近 7 天每天一份、最近 4 周每周一份、最近 12 个月每月一份。手动备份不会被自动删除。
          要用某个备份恢复，请先关闭软件，再在命令行运行复制下来的恢复命令；恢复前的客户本会另存一份，可以再恢复回来。
        </Typography.Paragraph>
        {dir && <Typography.Text>备份文件夹：<Typography.Text code>{dir}</Typography.Text></Typography.Text>}
        {backups.error && <LoadError error={backups.error} onRetry={backups.reload} />}
        <Table<BackupDto>
          size="small"
          columns={columns}
          dataSource={backups.data?.backups ?? []}
          rowKey="fileName"
          loading={backups.loading}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '还没有备份。点「立即备份」备份一份。' }}
        />
      </Flex>
    </Card>
  );
}
