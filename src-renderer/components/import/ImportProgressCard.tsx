import type { ImportJobDto } from '@contract';
import { Button, Card, Flex, Progress, Typography } from 'antd';
import { importPercent } from '../../format/import-summary';
import { formatCount } from '../../format/numbers';
import { formatTimeLeft } from '../../format/time-left';

interface ProgressLines {
  headline: string;
  percent: number;
  /** How fast and how long still; absent while backing up (SQLite's copy gives pages, not rows). */
  pace: string | null;
  note: string;
}

/**
 * A running preview or commit: which file, how far, how fast, how long still, and 取消. A commit
 * first backs the book up, which on a big book takes a while: that shows as its own step.
 */
export function ImportProgressCard(props: { job: ImportJobDto; cancelling: boolean; onCancel: () => void }) {
  const lines = progressLines(props.job);
  return (
    <Card title={props.job.phase === 'committing' ? '正在导入…' : '正在预览…'} data-testid="import-progress">
      <Flex vertical gap={8}>
        <Typography.Text>{lines.headline}</Typography.Text>
        <Progress percent={lines.percent} status="active" />
        {lines.pace && <Typography.Text type="secondary">{lines.pace}</Typography.Text>}
        <Flex justify="space-between" align="center" gap={16} wrap>
          <Typography.Text type="secondary">{lines.note}</Typography.Text>
          <Button onClick={props.onCancel} loading={props.cancelling}>
            {props.cancelling ? '正在取消' : '取消'}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

function progressLines(job: ImportJobDto): ProgressLines {
  const progress = job.progress;
  const committing = job.phase === 'committing';
  if (committing && !progress && job.backupPercent !== null) {
    return {
      headline: '导入前先自动备份客户本',
      percent: job.backupPercent,
      pace: null,
      note: '备份完成后才开始写入；万一导入的文件有问题，可以用这份备份恢复。',
    };
  }
  return {
    headline: progress ? `正在读取 ${progress.fileName}（第 ${progress.fileIndex + 1} / ${progress.fileCount} 个文件）` : `正在打开 ${job.fileNames.join('、')}`,
    percent: importPercent(progress),
    pace: progress
      ? `已读 ${formatCount(progress.rows)} 行 · 每秒 ${formatCount(progress.rowsPerSecond)} 行 · ${formatTimeLeft(progress.secondsLeft)}`
      : '正在估算剩余时间',
    note: committing ? '全部写完才算导入；取消或出错时客户本保持原样。' : '预览只读取文件、算出会有哪些变化，不会改动客户本。',
  };
}
