import { LockOutlined } from '@ant-design/icons';
import type { CustomerTierDto } from '@contract';
import { Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { formatTierGap, formatTierPeriod } from '../../format/tiers';
import { useSession } from '../../hooks/session-context';
import { TierAdjustForm } from '../tiers/TierAdjustForm';
import { TierHistoryList } from '../tiers/TierHistoryList';
import { DetailRow } from './DetailRow';

/** 会员等级: the tier staff should treat this buyer by, what lifts them next, and every change so far. */
export function TierCard(props: { customerId: number; tier: CustomerTierDto; onChanged(): void }) {
  const { tier } = props;
  const [adjusting, setAdjusting] = useState(false);
  // Setting a tier by hand is the owner's; 客服 read it to know how to treat the buyer.
  const { isOwner } = useSession();
  const period = formatTierPeriod(tier);
  return (
    <Card size="small" title="会员等级" data-testid="tier-card">
      <Flex vertical gap={8}>
        <DetailRow label="等级">
          <Tag color={tier.tierId === null ? 'default' : 'gold'} data-testid="tier-name">
            {tier.name}
          </Tag>
          {tier.locked && (
            <Tooltip title="手动调整后锁定：规则和到期不会改动这位客户的等级">
              <Tag data-testid="tier-locked" icon={<LockOutlined />}>已锁定</Tag>
            </Tooltip>
          )}
          {isOwner && !adjusting && (
            <Button size="small" onClick={() => setAdjusting(true)}>
              调整等级
            </Button>
          )}
          {adjusting && (
            <TierAdjustForm
              customerId={props.customerId}
              currentTierId={tier.tierId}
              onCancel={() => setAdjusting(false)}
              onSaved={() => {
                setAdjusting(false);
                props.onChanged();
              }}
            />
          )}
        </DetailRow>
        {period && <DetailRow label="有效期">{period}</DetailRow>}
        {tier.discountNote && <DetailRow label="折扣">{tier.discountNote}</DetailRow>}
        {tier.next && (
          <DetailRow label="下一级">
            <Typography.Text data-testid="tier-gap">{formatTierGap(tier.next)}</Typography.Text>
          </DetailRow>
        )}
        <TierHistoryList history={tier.history} />
      </Flex>
    </Card>
  );
}
