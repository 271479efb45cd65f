import type { BackupDto } from '@contract';
import { App, Button, Card, Flex, Input, Space, Table, Typography } from 'antd';
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
import { RestoreBackupButton } from './RestoreBackupButton';

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
    { title: '', key: 'restoreNow', render: (_, b) => <RestoreBackupButton backup={b} timeZone={timeZone} /> },
    {
      title: '软件打不开时用命令恢复',
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
          点「恢复」用某个备份恢复；恢复前的客户本会另存一份，可以再恢复回来。软件打不开时，也可以在命令行运行复制下来的恢复命令。
        </Typography.Paragraph>
        {backups.data && <BackupFolder dir={dir} chosen={backups.data.chosen} defaultDir={backups.data.defaultDir} onChanged={backups.reload} />}
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

/** 备份文件夹: beside the book unless the owner chose another (a USB disk, a synced folder); tried before it is kept. */
function BackupFolder(props: { dir: string; chosen: boolean; defaultDir: string; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  const save = async (dir: string | null) => {
    setSaving(true);
    try {
      const saved = await api.call('backups.setFolder', { dir });
      void message.success(`以后的备份放在：${saved.dir}`);
      setEditing(null);
      setProblem(undefined);
      props.onChanged();
    } catch (error) {
      setProblem(error instanceof ApiCallError ? (error.details[0]?.message ?? error.message) : String(error));
    } finally {
      setSaving(false);
    }
  };

  if (editing === null) {
    return (
      <Space wrap>
        <Typography.Text>
          备份文件夹：<Typography.Text code>{props.dir}</Typography.Text>
          {!props.chosen && '（默认，在客户本旁边）'}
        </Typography.Text>
        <Button size="small" onClick={() => setEditing(props.dir)}>
          更改
        </Button>
        {props.chosen && (
          <Button size="small" loading={saving} onClick={() => void save(null)}>
            恢复默认
          </Button>
        )}
      </Space>
    );
  }
  return (
    <Flex vertical gap={4} style={{ maxWidth: 640 }}>
      <Space.Compact>
        <Input aria-label="备份文件夹" value={editing} status={problem ? 'error' : undefined} onChange={(e) => setEditing(e.target.value)} placeholder="例如 E:\掌柜备份（U 盘）" />
        <Button type="primary" loading={saving} onClick={() => void save(editing)}>
          保存
        </Button>
        <Button onClick={() => setEditing(null)}>取消</Button>
      </Space.Compact>
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : <Typography.Text type="secondary">默认：{props.defaultDir}。已有的备份留在原来的文件夹里。</Typography.Text>}
    </Flex>
  );
}
