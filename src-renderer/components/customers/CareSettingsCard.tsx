import type { CustomerDetailDto } from '@contract';
import { Card, Flex } from 'antd';
import { BirthdayEditor } from './BirthdayEditor';
import { BlacklistEditor } from './BlacklistEditor';
import { DetailRow } from './DetailRow';
import { DoNotDisturbSwitch } from './DoNotDisturbSwitch';
import { StaffPicker } from './StaffPicker';

/** What decides how the shop treats this buyer: birthday care, who looks after them, and the two stop signs. */
export function CareSettingsCard(props: { customer: CustomerDetailDto; onChanged(): void }) {
  const { customer, onChanged } = props;
  return (
    <Card size="small" title="跟进设置">
      <Flex vertical gap={8}>
        <DetailRow label="生日">
          <BirthdayEditor customerId={customer.id} birthday={customer.birthday} onSaved={onChanged} />
        </DetailRow>
        <DetailRow label="负责客服">
          <StaffPicker customerId={customer.id} assigned={customer.assignedStaff} onSaved={onChanged} />
        </DetailRow>
        <DetailRow label="免打扰">
          <DoNotDisturbSwitch customerId={customer.id} on={customer.doNotDisturb} onSaved={onChanged} />
        </DetailRow>
        <DetailRow label="拉黑">
          <BlacklistEditor
            key={String(customer.blacklisted)}
            customerId={customer.id}
            blacklisted={customer.blacklisted}
            reason={customer.blacklistReason}
            onSaved={onChanged}
          />
        </DetailRow>
      </Flex>
    </Card>
  );
}
