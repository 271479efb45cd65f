import type { TierDraft } from '@contract';
import { Form, Radio } from 'antd';
import { fieldStatus } from '../field-status';
import { MonthsChoice } from './MonthsChoice';

/** 有效期: how long a tier lasts once reached, and what happens to a customer who no longer qualifies then. Items of the card's field row. */
export function TierValidityFields(props: { draft: TierDraft; errors: Record<string, string>; onChange(patch: Partial<TierDraft>): void }) {
  const { draft, errors, onChange } = props;
  return (
    <>
      <Form.Item label="有效期" {...fieldStatus(errors.validityMonths)}>
        <MonthsChoice
          ariaLabel="有效期"
          noneLabel="永久"
          monthsPrefix=""
          value={draft.validityMonths}
          onChange={(validityMonths) => onChange({ validityMonths })}
        />
      </Form.Item>
      {draft.validityMonths !== null && (
        <Form.Item label="到期未达标" {...fieldStatus(errors.expiryAction)}>
          <Radio.Group
            aria-label="到期未达标"
            optionType="button"
            value={draft.expiryAction}
            onChange={(event) => onChange({ expiryAction: event.target.value as TierDraft['expiryAction'] })}
            options={[
              { value: 'dropOne', label: '降一级' },
              { value: 'stay', label: '保持' },
            ]}
          />
        </Form.Item>
      )}
    </>
  );
}
