import { Button, DatePicker, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { snoozeQuickPicks } from '../../format/follow-ups';
import { ActionModal } from './ActionModal';
import { useCallAction } from './useCallAction';

const DAY_FORMAT = 'YYYY-MM-DD';

/** 延后: the task comes back on a later day (明天, 3 天后, 下周 in one click, or any day after today). */
export function SnoozeTaskModal(props: {
  taskId: number;
  customerName: string;
  /** The shop's today; only later days can be picked. */
  today: string;
  staffId: number | null;
  onClose(): void;
  onDone(summary: string): void;
}) {
  const picks = snoozeQuickPicks(props.today);
  const [until, setUntil] = useState(picks[0]!.day);
  const save = useCallAction();

  const submit = () =>
    void save.run(async () => {
      await api.call('followUps.snooze', { taskId: props.taskId, staffId: props.staffId, until });
      props.onDone(`已把 ${props.customerName} 延后到 ${until}`);
    });

  return (
    <ActionModal title={`延后 ${props.customerName}`} okText="延后" save={save} onOk={submit} onCancel={props.onClose}>
      <Form.Item label="延后到" htmlFor="follow-up-snooze-until">
        <Flex gap={8} wrap align="center">
          <DatePicker
            id="follow-up-snooze-until"
            allowClear={false}
            format={DAY_FORMAT}
            value={dayjs(until)}
            disabledDate={(day) => day.format(DAY_FORMAT) <= props.today}
            onChange={(day) => {
              if (day) setUntil(day.format(DAY_FORMAT));
            }}
          />
          {picks.map((pick) => (
            <Button key={pick.label} type={pick.day === until ? 'primary' : 'default'} onClick={() => setUntil(pick.day)}>
              {pick.label}
            </Button>
          ))}
        </Flex>
      </Form.Item>
    </ActionModal>
  );
}
