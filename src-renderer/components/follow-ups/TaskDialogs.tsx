import type { FollowUpTaskDto } from '@contract';
import { customerName } from '../../format/customer';
import type { TaskDialogKind } from './TaskActions';
import { CompleteTaskModal } from './CompleteTaskModal';
import { SkipTaskModal } from './SkipTaskModal';
import { SnoozeTaskModal } from './SnoozeTaskModal';

export interface TaskDialog {
  kind: TaskDialogKind;
  /** One task, or the picked ones for 批量完成. */
  tasks: readonly FollowUpTaskDto[];
}

/** The open dialog of 我的任务, if any: 已完成 (one or many), 跳过 or 延后. */
export function TaskDialogs(props: { dialog: TaskDialog | null; staffId: number | null; today: string; onClose(): void; onDone(summary: string): void }) {
  const { dialog } = props;
  const first = dialog?.tasks[0];
  if (!dialog || !first) return null;
  const common = { staffId: props.staffId, onClose: props.onClose, onDone: props.onDone };
  const name = customerName(first.customer);
  switch (dialog.kind) {
    case 'complete':
      return <CompleteTaskModal taskIds={dialog.tasks.map((task) => task.id)} {...common} />;
    case 'skip':
      return <SkipTaskModal taskId={first.id} customerName={name} {...common} />;
    case 'snooze':
      return <SnoozeTaskModal taskId={first.id} customerName={name} today={props.today} {...common} />;
  }
}
