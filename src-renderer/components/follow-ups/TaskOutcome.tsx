import type { FollowUpTaskDto } from '@contract';
import { Typography } from 'antd';
import { actorName, formatStars } from '../../format/follow-ups';

/** A handled task: done (who, the score, what the customer said) or skipped (why). */
export function TaskOutcome(props: { task: FollowUpTaskDto }) {
  const { task } = props;
  const who = actorName(task.handledBy?.name ?? null);
  if (task.status === 'closed') {
    return <Typography.Text type="secondary">{`${who} 跳过了${task.skipReason ? `：${task.skipReason}` : ''}`}</Typography.Text>;
  }
  const parts = [
    `${who} 已完成`,
    task.satisfaction === null ? null : formatStars(task.satisfaction),
    task.outcomeNote,
    task.hadProblem ? '客户反映有问题' : null,
  ].filter(Boolean);
  return <Typography.Text type="success">{parts.join(' · ')}</Typography.Text>;
}
