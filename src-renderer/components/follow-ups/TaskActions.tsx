import type { FollowUpTaskDto, StaffDto } from '@contract';
import { Button, Dropdown, Flex } from 'antd';
import { useState } from 'react';
import type { TaskActions as Actions } from '../../hooks/useTaskActions';

export type TaskDialogKind = 'complete' | 'skip' | 'snooze';

/**
 * What staff can do with a pending task. Right after its message was copied, 「标记已完成」 comes
 * first and finishes it in one click; 已完成 asks for what the customer said.
 */
export function TaskActions(props: {
  task: FollowUpTaskDto;
  justCopied: boolean;
  activeStaff: readonly StaffDto[];
  actions: Actions;
  onDialog(kind: TaskDialogKind): void;
}) {
  const { task, actions } = props;
  const [busy, setBusy] = useState(false);
  const busyWhile = (work: () => Promise<unknown>) => {
    setBusy(true);
    void work().finally(() => setBusy(false));
  };
  const others = props.activeStaff.filter((person) => person.id !== task.assignee?.id);

  return (
    <Flex gap={6} wrap align="center">
      {props.justCopied && (
        <Button type="primary" size="small" loading={busy} onClick={() => busyWhile(() => actions.completeNow(task.id))}>
          标记已完成
        </Button>
      )}
      {task.status === 'open' && (
        <Button size="small" loading={busy} onClick={() => busyWhile(() => actions.start(task.id))}>
          开始处理
        </Button>
      )}
      <Button size="small" onClick={() => props.onDialog('complete')}>
        已完成
      </Button>
      <Button size="small" onClick={() => props.onDialog('skip')}>
        跳过
      </Button>
      <Button size="small" onClick={() => props.onDialog('snooze')}>
        延后
      </Button>
      {others.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: others.map((person) => ({ key: String(person.id), label: `改派给 ${person.name}` })),
            onClick: ({ key }) => {
              const person = others.find((candidate) => String(candidate.id) === key);
              if (person) busyWhile(() => actions.reassign([task.id], person.id, person.name));
            },
          }}
        >
          <Button size="small" loading={busy}>
            改派
          </Button>
        </Dropdown>
      )}
    </Flex>
  );
}
