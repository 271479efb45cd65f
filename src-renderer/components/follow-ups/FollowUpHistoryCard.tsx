import type { CustomerOrderDto } from '@contract';
import { App, Button, Card, Empty, Flex, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatHistoryLine, formatPendingTask, formatRecordedAt } from '../../format/follow-ups';
import { useCurrentStaff } from '../../hooks/current-staff-context';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';
import { ComplaintModal } from './ComplaintModal';

/** 跟进记录: what is still to do for this customer, and everything staff did (who, when, what was said), newest first. */
export function FollowUpHistoryCard(props: {
  customerId: number;
  orders: readonly CustomerOrderDto[];
  timeZone: string | undefined;
  /** A logged complaint may add a task: the list behind the drawer reloads. */
  onChanged(): void;
}) {
  const history = useApiQuery('followUps.history', { customerId: props.customerId });
  const { staffId } = useCurrentStaff();
  const { message } = App.useApp();
  const [logging, setLogging] = useState(false);
  const data = history.data;
  const nothing = data !== undefined && data.pending.length === 0 && data.entries.length === 0;

  return (
    <Card
      size="small"
      title="跟进记录"
      data-testid="follow-up-history"
      extra={
        <Button size="small" onClick={() => setLogging(true)}>
          登记投诉/差评
        </Button>
      }
    >
      {history.error && <LoadError error={history.error} onRetry={history.reload} />}
      {nothing && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有跟进记录。「今日跟进」里处理这位客户的任务后，谁在什么时候说了什么会记在这里。" />}
      {data && data.pending.length > 0 && (
        <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="follow-up-pending">
          <Typography.Text strong>待跟进</Typography.Text>
          {data.pending.map((task) => (
            <Typography.Text key={task.id}>{formatPendingTask(task)}</Typography.Text>
          ))}
        </Flex>
      )}
      {data && data.entries.length > 0 && (
        <Timeline
          items={data.entries.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            color: entry.action === 'complaint' || entry.hadProblem ? 'red' : entry.action === 'done' ? 'green' : 'gray',
            content: (
              <Flex vertical data-testid="follow-up-history-entry">
                <Typography.Text type="secondary">{formatRecordedAt(entry.at, props.timeZone)}</Typography.Text>
                <Typography.Text>{formatHistoryLine(entry)}</Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
      {logging && (
        <ComplaintModal
          customerId={props.customerId}
          orders={props.orders}
          staffId={staffId}
          onClose={() => setLogging(false)}
          onDone={(summary) => {
            void message.success(summary);
            setLogging(false);
            history.reload();
            props.onChanged();
          }}
        />
      )}
    </Card>
  );
}
