import { CARE_PRIORITY_NAMES, type CarePriority, type FollowUpTaskDto, type StaffDto } from '@contract';
import { Checkbox, Flex, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formatDue, formatOverdue } from '../../format/follow-ups';
import type { TaskActions as Actions } from '../../hooks/useTaskActions';
import { CopyMessageButton } from '../CopyMessageButton';
import { CustomerNameButton } from '../CustomerNameButton';
import { TaskActions, type TaskDialogKind } from './TaskActions';
import { TaskOrder } from './TaskOrder';
import { TaskOutcome } from './TaskOutcome';

const PRIORITY_COLOR: Readonly<Record<CarePriority, string>> = { 1: 'red', 2: 'orange', 3: 'default' };

/**
 * One follow-up: who, why, the order, and the message to paste, with what to do next. The
 * highlighted row (↑/↓) is scrolled into view and announced with aria-selected.
 */
export function TaskRow(props: {
  task: FollowUpTaskDto;
  listDate: string;
  highlighted: boolean;
  /** Undefined for a handled task, which cannot be picked for 批量完成. */
  checked: boolean | undefined;
  activeStaff: readonly StaffDto[];
  actions: Actions;
  onCheck(checked: boolean): void;
  onHighlight(): void;
  onOpenCustomer(id: number): void;
  onDialog(kind: TaskDialogKind): void;
}) {
  const { task } = props;
  const [copied, setCopied] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const overdue = formatOverdue(task.overdueDays);
  const pending = props.checked !== undefined;

  useEffect(() => {
    if (props.highlighted) row.current?.scrollIntoView({ block: 'nearest' });
  }, [props.highlighted]);

  return (
    <div
      ref={row}
      role="row"
      aria-selected={props.highlighted}
      data-testid="follow-up-row"
      data-task-id={task.id}
      className={`follow-up-row${props.highlighted ? ' follow-up-row-active' : ''}`}
      onClick={props.onHighlight}
    >
      <Flex role="gridcell" gap={12} align="flex-start">
        {pending && <Checkbox aria-label={`选择任务 ${task.id}`} checked={props.checked} onChange={(event) => props.onCheck(event.target.checked)} />}
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <CustomerNameButton customerId={task.customer.id} buyerNick={task.customer.buyerNick} receiverName={task.customer.receiverName} onOpen={props.onOpenCustomer} />
            <Tag>{task.customer.tierName}</Tag>
            <Tag color={PRIORITY_COLOR[task.priority]}>{CARE_PRIORITY_NAMES[task.priority]}</Tag>
            <Typography.Text strong>{task.ruleName}</Typography.Text>
            <Typography.Text type="secondary" title={task.dueOn}>
              {`到期 ${formatDue(task.dueOn, props.listDate)}`}
            </Typography.Text>
            {pending && overdue && <Tag color="red">{overdue}</Tag>}
            {task.status === 'inProgress' && <Tag color="blue">处理中</Tag>}
            <Typography.Text type="secondary">{task.assignee ? `负责：${task.assignee.name}` : '未分配'}</Typography.Text>
          </Flex>
          <Typography.Text>{task.reason}</Typography.Text>
          {task.order && <TaskOrder order={task.order} />}
          {pending && task.message && (
            <Flex gap={8} align="flex-start" className="follow-up-message">
              <Typography.Paragraph style={{ margin: 0, flex: 1, whiteSpace: 'pre-wrap' }} data-testid="follow-up-message">
                {task.message}
              </Typography.Paragraph>
              <CopyMessageButton message={task.message} copiedHint="话术已复制。发给客户后，点「标记已完成」。" testId="copy-follow-up" onCopied={() => setCopied(true)} />
            </Flex>
          )}
          {pending ? (
            <TaskActions task={task} justCopied={copied} activeStaff={props.activeStaff} actions={props.actions} onDialog={props.onDialog} />
          ) : (
            <TaskOutcome task={task} />
          )}
        </Flex>
      </Flex>
    </div>
  );
}
