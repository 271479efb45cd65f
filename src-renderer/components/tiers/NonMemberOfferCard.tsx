import { NON_MEMBER_TIER_NAME } from '@contract';
import { Card, Form } from 'antd';
import type { NonMemberDraft } from '../../hooks/useTierEditor';
import { BirthdayOfferFields } from './BirthdayOfferFields';

/** 店铺客户: buyers below the lowest tier still get a birthday message. */
export function NonMemberOfferCard(props: { value: NonMemberDraft; errors: Record<string, string>; onChange(patch: Partial<NonMemberDraft>): void }) {
  return (
    <Card size="small" title={`${NON_MEMBER_TIER_NAME}（还没达到任何等级的客户）`} data-testid="non-member-offer">
      <Form layout="vertical" component={false}>
        <BirthdayOfferFields owner={`「${NON_MEMBER_TIER_NAME}」`} value={props.value} errors={props.errors} onChange={props.onChange} />
      </Form>
    </Card>
  );
}
