import { FOLLOW_UP_LIST_MAX, FOLLOW_UP_LIST_PAGE, type FollowUpTaskDto } from '@contract';
import { Alert, App, Flex, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatTaskCounts, listRows } from '../../format/follow-ups';
import { useCurrentStaff } from '../../hooks/current-staff-context';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useRowKeyboard } from '../../hooks/useRowKeyboard';
import { useTaskActions } from '../../hooks/useTaskActions';
import { CustomerDrawer } from '../customers/CustomerDrawer';
import { LoadError } from '../LoadError';
import { FollowUpsEmptyGuide } from './FollowUpsEmptyGuide';
import { TaskBulkBar } from './TaskBulkBar';
import { TaskDialogs, type TaskDialog } from './TaskDialogs';
import { TaskList } from './TaskList';

const isPending = (task: FollowUpTaskDto) => task.status === 'open' || task.status === 'inProgress';

/**
 * 我的任务: the list of whoever 我是 says (everyone's when nobody is picked), worked through with
 * the keyboard or the mouse; every action is done as that person and reloads the list.
 */
export function MyTasksTab(props: { onShowRules?(): void }) {
  const current = useCurrentStaff();
  const { staffId } = current;
  const [limit, setLimit] = useState(FOLLOW_UP_LIST_PAGE);
  const list = useApiQuery('followUps.list', staffId === null ? { limit } : { staffId, limit });
  const actions = useTaskActions(staffId, list.reload);
  const { message } = App.useApp();
  const [openCustomer, setOpenCustomer] = useState<number | null>(null);
  const [dialog, setDialog] = useState<TaskDialog | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());

  const data = list.data;
  const rows = useMemo(() => (data ? listRows(data) : []), [data]);
  // Picks of tasks handled meanwhile (by a colleague, or just now) fall away with the reload.
  const picked = useMemo(() => rows.filter((task) => isPending(task) && checked.has(task.id)), [rows, checked]);
  const keyboard = useRowKeyboard(rows, {
    enabled: dialog === null && openCustomer === null,
    onOpen: (task) => setOpenCustomer(task.customer.id),
    onComplete: (task) => {
      if (isPending(task)) setDialog({ kind: 'complete', tasks: [task] });
    },
  });

  const check = (taskIds: readonly number[], on: boolean) =>
    setChecked((before) => {
      const next = new Set(before);
      for (const id of taskIds) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const done = (summary: string) => {
    void message.success(summary);
    if (dialog) check(dialog.tasks.map((task) => task.id), false);
    setDialog(null);
    list.reload();
  };

  if (!data) return list.error ? <LoadError error={list.error} onRetry={list.reload} /> : <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <Flex vertical gap={12}>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <div className="list-toolbar">
        <Typography.Text className="list-count" data-testid="follow-up-counts">
          {`${data.date} · ${formatTaskCounts(data.totals)}`}
        </Typography.Text>
        <Typography.Text type="secondary">↑/↓ 选择，Enter 打开客户，Ctrl+Enter 完成</Typography.Text>
      </div>
      {staffId === null && !current.fixed && <Alert type="info" showIcon title="未选择客服：显示全部任务" description="在右上角「我是」选择自己，就只显示你的任务和未分配的任务。" />}
      <TaskBulkBar count={picked.length} onComplete={() => setDialog({ kind: 'complete', tasks: picked })} onClear={() => setChecked(new Set())} />
      {rows.length === 0 ? (
        <FollowUpsEmptyGuide onShowRules={props.onShowRules} />
      ) : (
        <TaskList
          list={data}
          highlighted={keyboard.index}
          checked={checked}
          activeStaff={current.active}
          actions={actions}
          onHighlight={keyboard.setIndex}
          onCheck={check}
          onOpenCustomer={setOpenCustomer}
          onDialog={(task, kind) => setDialog({ kind, tasks: [task] })}
          onMore={limit < FOLLOW_UP_LIST_MAX ? () => setLimit((shown) => Math.min(shown + FOLLOW_UP_LIST_PAGE, FOLLOW_UP_LIST_MAX)) : undefined}
        />
      )}
      <TaskDialogs dialog={dialog} staffId={staffId} today={data.date} onClose={() => setDialog(null)} onDone={done} />
      <CustomerDrawer customerId={openCustomer} onClose={() => setOpenCustomer(null)} onChanged={list.reload} />
    </Flex>
  );
}
