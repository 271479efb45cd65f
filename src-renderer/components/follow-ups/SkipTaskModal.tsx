import { useState } from 'react';
import { api } from '../../api/client';
import { ActionModal } from './ActionModal';
import { NoteField } from './NoteField';
import { useCallAction } from './useCallAction';

/** 跳过: closes the task; the reason is required and goes into the customer's history. */
export function SkipTaskModal(props: { taskId: number; customerName: string; staffId: number | null; onClose(): void; onDone(summary: string): void }) {
  const [reason, setReason] = useState('');
  const save = useCallAction();

  const submit = () =>
    void save.run(async () => {
      await api.call('followUps.skip', { taskId: props.taskId, staffId: props.staffId, reason });
      props.onDone(`已跳过 ${props.customerName}`);
    });

  return (
    <ActionModal title={`跳过 ${props.customerName}`} okText="跳过" okDisabled={reason.trim() === ''} save={save} onOk={submit} onCancel={props.onClose}>
      <NoteField
        id="follow-up-skip-reason"
        label="跳过原因"
        required
        extra="跳过的任务不再出现在列表里，原因会记在客户的跟进记录中。"
        maxLength={200}
        placeholder="例如：客户刚在旺旺里聊过，不用再问"
        value={reason}
        onChange={setReason}
      />
    </ActionModal>
  );
}
