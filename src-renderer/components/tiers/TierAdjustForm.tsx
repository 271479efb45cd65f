import { NON_MEMBER_TIER_NAME } from '@contract';
import { Button, Checkbox, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { FieldError } from '../customers/FieldError';
import { useSaveAction } from '../customers/useSaveAction';

/** Select cannot hold null as a choice; 0 stands for 店铺客户 (no tier) and is sent as null. */
const NO_TIER = 0;

/** 调整等级: sets a customer's tier by hand, with the reason, locked against the rules by default. */
export function TierAdjustForm(props: { customerId: number; currentTierId: number | null; onSaved(): void; onCancel(): void }) {
  const tiers = useApiQuery('tiers.get', {});
  const save = useSaveAction(props.onSaved);
  const [tierId, setTierId] = useState(props.currentTierId ?? NO_TIER);
  const [locked, setLocked] = useState(true);
  const [reason, setReason] = useState('');
  const options = [
    { value: NO_TIER, label: NON_MEMBER_TIER_NAME },
    ...(tiers.data?.tiers ?? []).map((tier) => ({ value: tier.id, label: tier.name })),
  ];

  const submit = () =>
    void save.run(() => api.call('customers.setTier', { id: props.customerId, tierId: tierId === NO_TIER ? null : tierId, locked, reason }));

  return (
    <Flex vertical gap={8} data-testid="tier-adjust-form" style={{ flexBasis: '100%' }}>
      <Flex gap={8} align="center" wrap>
        <Select<number> aria-label="调整到的等级" style={{ width: 180 }} value={tierId} options={options} loading={tiers.loading} onChange={setTierId} />
        <Checkbox checked={locked} onChange={(event) => setLocked(event.target.checked)}>
          锁定（规则和到期不再改动）
        </Checkbox>
      </Flex>
      <Input aria-label="调整原因" placeholder="原因（必填），例如：老客户，掌柜特批" maxLength={200} value={reason} onChange={(event) => setReason(event.target.value)} />
      <FieldError message={save.error ?? tiers.error?.message} />
      <Flex gap={8}>
        <Button type="primary" size="small" loading={save.saving} disabled={reason.trim() === ''} onClick={submit}>
          保存等级
        </Button>
        <Button size="small" onClick={props.onCancel}>
          取消
        </Button>
      </Flex>
    </Flex>
  );
}
