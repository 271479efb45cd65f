import type { CustomerOrderDto } from '@contract';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { complaintLoggedText, formatOrderChoice } from '../../format/follow-ups';
import { ActionModal } from './ActionModal';
import { NoteField } from './NoteField';
import { useCallAction } from './useCallAction';

/** 登记投诉/差评: what the customer complained about, and which order if it is about one; the 投诉/差评处理 rule makes it a task. */
export function ComplaintModal(props: {
  customerId: number;
  orders: readonly CustomerOrderDto[];
  staffId: number | null;
  onClose(): void;
  onDone(summary: string): void;
}) {
  const [note, setNote] = useState('');
  const [orderId, setOrderId] = useState<number | null>(null);
  const save = useCallAction();

  const submit = () =>
    void save.run(async () => {
      const logged = await api.call('complaints.log', { customerId: props.customerId, orderId, staffId: props.staffId, note });
      props.onDone(complaintLoggedText(logged.taskId));
    });

  return (
    <ActionModal title="登记投诉/差评" okText="登记" okDisabled={note.trim() === ''} save={save} onOk={submit} onCancel={props.onClose}>
      <NoteField id="complaint-note" label="投诉内容" required maxLength={500} placeholder="例如：杯盖漏水，客户给了中评" value={note} onChange={setNote} />
      <Form.Item label="相关订单" htmlFor="complaint-order" extra="可不选">
        <Select<number>
          id="complaint-order"
          allowClear
          placeholder="不关联订单"
          value={orderId ?? undefined}
          options={props.orders.map((order) => ({ value: order.id, label: formatOrderChoice(order) }))}
          onChange={(id) => setOrderId(id ?? null)}
        />
      </Form.Item>
    </ActionModal>
  );
}
