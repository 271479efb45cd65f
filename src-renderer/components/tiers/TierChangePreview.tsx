import type { TierChangeSummaryDto } from '@contract';
import { Card, Flex, Statistic, Typography } from 'antd';
import { formatCount } from '../../format/numbers';
import { TierChangeTable } from './TierChangeTable';

/** What the draft would do if saved now: how many move up and down, and the numbers per tier. */
export function TierChangePreview(props: { summary: TierChangeSummaryDto }) {
  const { summary } = props;
  return (
    <Card size="small" title="预览：保存后会这样变化" data-testid="tier-preview">
      <Flex gap={32} wrap style={{ marginBottom: 12 }}>
        <div data-testid="tier-preview-up">
          <Statistic title="升级" value={summary.up} suffix="位" />
        </div>
        <div data-testid="tier-preview-down">
          <Statistic title="降级" value={summary.down} suffix="位" />
        </div>
        {summary.renewed > 0 && <Statistic title="到期续级" value={summary.renewed} suffix="位" />}
      </Flex>
      <TierChangeTable summary={summary} />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        按 {formatCount(summary.customers)} 位客户的订单计算；预览不会改动客户本。
      </Typography.Paragraph>
    </Card>
  );
}
