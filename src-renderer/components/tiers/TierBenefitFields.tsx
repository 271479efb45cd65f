import type { TierDraft } from '@contract';
import { Flex, Form, Input } from 'antd';
import { BirthdayOfferFields } from './BirthdayOfferFields';
import { fieldStatus } from '../field-status';

/** 权益: what the tier gives (shown to staff in the customer drawer) and its birthday offer. */
export function TierBenefitFields(props: { draft: TierDraft; errors: Record<string, string>; onChange(patch: Partial<TierDraft>): void }) {
  const { draft, errors, onChange } = props;
  const owner = `「${draft.name || '这个等级'}」`;
  return (
    <>
      <Flex gap={16} wrap>
        <Form.Item label="权益说明" style={{ flex: '2 1 320px' }} {...fieldStatus(errors.benefit)}>
          <Input
            aria-label={`${owner}的权益说明`}
            maxLength={200}
            placeholder="例如：包邮、优先发货、专属客服"
            value={draft.benefit}
            onChange={(event) => onChange({ benefit: event.target.value })}
          />
        </Form.Item>
        <Form.Item label="折扣" style={{ flex: '1 1 200px' }} {...fieldStatus(errors.discountNote)}>
          <Input
            aria-label={`${owner}的折扣`}
            maxLength={40}
            placeholder="例如：9.5 折"
            value={draft.discountNote}
            onChange={(event) => onChange({ discountNote: event.target.value })}
          />
        </Form.Item>
      </Flex>
      <BirthdayOfferFields owner={owner} value={draft} errors={errors} onChange={onChange} />
    </>
  );
}
