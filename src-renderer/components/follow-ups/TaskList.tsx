import type { FollowUpListDto, FollowUpTaskDto, StaffDto } from '@contract';
import { Button, Flex } from 'antd';
import type { TaskActions } from '../../hooks/useTaskActions';
import type { TaskDialogKind } from './TaskActions';
import { TaskRow } from './TaskRow';
import { TaskSection } from './TaskSection';

/** The three sections of 我的任务, each row knowing whether it is highlighted and picked. */
export function TaskList(props: {
  list: FollowUpListDto;
  highlighted: number;
  checked: ReadonlySet<number>;
  activeStaff: readonly StaffDto[];
  actions: TaskActions;
  onHighlight(index: number): void;
  onCheck(taskIds: readonly number[], checked: boolean): void;
  onOpenCustomer(id: number): void;
  onDialog(task: FollowUpTaskDto, kind: TaskDialogKind): void;
  /** Asks for more of each section; absent when the most a list sends is reached. */
  onMore?: () => void;
}) {
  const { list } = props;
  const row = (task: FollowUpTaskDto, index: number, pending: boolean) => (
    <TaskRow
      key={task.id}
      task={task}
      listDate={list.date}
      highlighted={index === props.highlighted}
      checked={pending ? props.checked.has(task.id) : undefined}
      activeStaff={props.activeStaff}
      actions={props.actions}
      onCheck={(checked) => props.onCheck([task.id], checked)}
      onHighlight={() => props.onHighlight(index)}
      onOpenCustomer={props.onOpenCustomer}
      onDialog={(kind) => props.onDialog(task, kind)}
    />
  );
  const dueIds = list.due.map((task) => task.id);
  const allDuePicked = dueIds.length > 0 && dueIds.every((id) => props.checked.has(id));
  const pickDue = dueIds.length > 1 && (
    <Button size="small" type="link" onClick={() => props.onCheck(dueIds, !allDuePicked)}>
      {allDuePicked ? '取消全选' : '全选显示的任务'}
    </Button>
  );
  // ↑/↓ walk the three sections as one list: each row's index counts the rows above it.
  const sections = [
    { key: 'due', title: '今天及逾期', testId: 'follow-ups-due', emptyText: '今天的任务都处理完了。', pending: true, extra: pickDue },
    { key: 'upcoming', title: '即将到期', testId: 'follow-ups-upcoming', emptyText: '接下来几天没有到期的任务。', pending: true, extra: null },
    { key: 'handledToday', title: '今天已处理', testId: 'follow-ups-handled', emptyText: '今天还没有处理过任务。', pending: false, extra: null },
  ] as const;
  let start = 0;

  return (
    <Flex vertical gap={20}>
      {sections.map((section) => {
        const tasks = list[section.key];
        const first = start;
        start += tasks.length;
        return (
          <TaskSection
            key={section.key}
            title={section.title}
            testId={section.testId}
            total={list.totals[section.key]}
            shown={tasks.length}
            onMore={props.onMore}
            emptyText={section.emptyText}
            extra={section.extra}
          >
            {tasks.map((task, i) => row(task, first + i, section.pending))}
          </TaskSection>
        );
      })}
    </Flex>
  );
}
