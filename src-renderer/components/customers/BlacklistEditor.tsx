import { Button, Flex, Input, Popconfirm, Switch, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { FieldError } from './FieldError';
import { useSaveAction } from './useSaveAction';

/**
 * 拉黑: turning it on asks for the reason first (the server refuses without one); turning it off
 * asks once, because the reason is then forgotten. Remounted (by key) when the state flips.
 */
export function BlacklistEditor(props: { customerId: number; blacklisted: boolean; reason: string | null; onSaved(): void }) {
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const save = useSaveAction(props.onSaved);

  const blacklist = () =>
    void save.run(() => api.call('customers.update', { id: props.customerId, blacklisted: true, blacklistReason: reason }));
  const release = () => void save.run(() => api.call('customers.update', { id: props.customerId, blacklisted: false }));
  const cancel = () => {
    setAskingReason(false);
    setReason('');
    save.clearError();
  };

  return (
    <>
      <Popconfirm
        title="取消拉黑？"
        description="拉黑原因会被清除。"
        okText="取消拉黑"
        cancelText="保留"
        disabled={!props.blacklisted}
        onConfirm={release}
      >
        <Switch
          aria-label="拉黑"
          checked={props.blacklisted || askingReason}
          loading={save.saving}
          onChange={(on) => {
            if (on) setAskingReason(true);
            else if (askingReason) cancel();
          }}
        />
      </Popconfirm>
      {props.blacklisted && <Typography.Text>原因：{props.reason ?? '（没有写）'}</Typography.Text>}
      {!props.blacklisted && !askingReason && <Typography.Text type="secondary">没有拉黑</Typography.Text>}
      {askingReason && (
        <Flex gap={8} style={{ flexBasis: '100%' }}>
          <Input
            aria-label="拉黑原因"
            autoFocus
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onPressEnter={blacklist}
            placeholder="拉黑原因，例如：多次恶意退款、辱骂客服"
            status={save.error ? 'error' : undefined}
          />
          <Button danger type="primary" onClick={blacklist} loading={save.saving}>
            确认拉黑
          </Button>
          <Button onClick={cancel}>取消</Button>
        </Flex>
      )}
      <FieldError message={save.error} />
    </>
  );
}
