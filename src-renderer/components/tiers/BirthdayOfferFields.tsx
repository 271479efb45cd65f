import { BIRTHDAY_TEMPLATE_VARIABLES } from '@contract';
import { Flex, Form, Input } from 'antd';
import { TemplateInput } from '../TemplateInput';
import { fieldStatus } from '../field-status';

export interface BirthdayOffer {
  birthdayOffer: string;
  birthdayTemplate: string;
}

/** 生日优惠 and 生日祝福: what 生日关怀 offers and the message it prepares, for one tier or for 店铺客户. */
export function BirthdayOfferFields(props: {
  value: BirthdayOffer;
  errors: Record<string, string>;
  /** Names the inputs for screen readers and tests: 「VIP会员」的生日优惠. */
  owner: string;
  onChange(patch: Partial<BirthdayOffer>): void;
}) {
  const { value, errors, onChange } = props;
  return (
    <Flex gap={16} wrap>
      <Form.Item label="生日优惠" style={{ flex: '1 1 260px' }} {...fieldStatus(errors.birthdayOffer)}>
        <Input
          aria-label={`${props.owner}的生日优惠`}
          maxLength={100}
          placeholder="例如：生日当月满 99 减 20"
          value={value.birthdayOffer}
          onChange={(event) => onChange({ birthdayOffer: event.target.value })}
        />
      </Form.Item>
      <Form.Item label="生日祝福" style={{ flex: '2 1 420px' }} {...fieldStatus(errors.birthdayTemplate)}>
        <TemplateInput
          ariaLabel={`${props.owner}的生日祝福`}
          variables={BIRTHDAY_TEMPLATE_VARIABLES}
          placeholder="例如：#昵称#，生日快乐！#等级#专享：#优惠#"
          value={value.birthdayTemplate}
          onChange={(birthdayTemplate) => onChange({ birthdayTemplate })}
        />
      </Form.Item>
    </Flex>
  );
}
