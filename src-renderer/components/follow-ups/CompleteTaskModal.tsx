import { Checkbox, Form, Rate } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { completedText } from '../../format/follow-ups';
import { formatCount } from '../../format/numbers';
import { ActionModal } from './ActionModal';
import { NoteField } from './NoteField';
import { useCallAction } from './useCallAction';

const SCORE_NAMES = ['很不满意', '不满意', '一般', '满意', '非常满意'];

/**
 * 已完成: what the customer said, how satisfied they were, and whether they had a problem (which
 * opens a complaint task). For one task, or for several (批量完成) with the same note and score.
 */
export function CompleteTaskModal(props: { taskIds: readonly number[]; staffId: number | null; onClose(): void; onDone(summary: string): void }) {
  const [note, setNote] = useState('');
  const [satisfaction, setSatisfaction] = useState(0);
  const [hadProblem, setHadProblem] = useState(false);
  const save = useCallAction();
  const many = props.taskIds.length > 1;

  const submit = () =>
    void save.run(async () => {
      const result = await api.call('followUps.complete', {
        taskIds: [...props.taskIds],
        staffId: props.staffId,
        note,
        satisfaction: satisfaction === 0 ? null : satisfaction,
        hadProblem,
      });
      props.onDone(completedText(result));
    });

  return (
    <ActionModal title={many ? `批量完成 ${formatCount(props.taskIds.length)} 个任务` : '完成跟进'} okText="完成" save={save} onOk={submit} onCancel={props.onClose}>
      <NoteField
        id="follow-up-note"
        label="客户说了什么"
        extra={many ? '这段记录会写进每一位客户的跟进记录。' : undefined}
        maxLength={500}
        placeholder="例如：客户说很好用，想再买一个送人"
        value={note}
        onChange={setNote}
      />
      <Form.Item label="满意度">
        <Rate aria-label="满意度" value={satisfaction} onChange={setSatisfaction} tooltips={SCORE_NAMES} />
      </Form.Item>
      <Checkbox checked={hadProblem} onChange={(event) => setHadProblem(event.target.checked)}>
        客户反映有问题（生成投诉处理任务）
      </Checkbox>
    </ActionModal>
  );
}
