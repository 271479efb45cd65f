import { App, Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

/**
 * 客服备注: what staff learned about the buyer, one line at a time. Remounted (by key) when the
 * saved notes change, so the box always starts from what is stored.
 */
export function NotesEditor(props: { customerId: number; notes: string | null; onSaved(): void }) {
  const [draft, setDraft] = useState(props.notes ?? '');
  const save = useSaveAction(props.onSaved);
  const { message } = App.useApp();
  const unchanged = draft === (props.notes ?? '');

  const submit = async () => {
    // An emptied box clears the notes rather than storing an empty text.
    const ok = await save.run(() => api.call('customers.update', { id: props.customerId, notes: draft === '' ? null : draft }));
    if (ok) void message.success('已保存');
  };

  return (
    <Card size="small" title="客服备注">
      <Input.TextArea
        aria-label="客服备注"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
        placeholder="记下买家说过的话，例如：喜欢浅色、只收顺丰、送给妈妈的生日礼物"
        status={save.error ? 'error' : undefined}
      />
      <FieldError message={save.error} />
      <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
        {!unchanged && (
          <Button onClick={() => setDraft(props.notes ?? '')} disabled={save.saving}>
            撤销修改
          </Button>
        )}
        <Button type="primary" onClick={() => void submit()} disabled={unchanged} loading={save.saving}>
          保存
        </Button>
      </Flex>
    </Card>
  );
}
