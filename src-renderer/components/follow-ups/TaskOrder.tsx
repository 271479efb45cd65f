import type { FollowUpOrderDto } from '@contract';
import { Typography } from 'antd';
import { formatOrderItems } from '../../format/follow-ups';
import { formatFen } from '../../format/numbers';

/** The order the task is about: its number (copyable, for 千牛), what was bought, what was paid. */
export function TaskOrder(props: { order: FollowUpOrderDto }) {
  const { order } = props;
  return (
    <Typography.Text type="secondary" data-testid="follow-up-order">
      订单{' '}
      <Typography.Text type="secondary" copyable={{ text: order.orderNo, tooltips: ['复制订单号', '已复制'] }}>
        {order.orderNo}
      </Typography.Text>
      {` · ${formatOrderItems(order.lines)} · ${order.paidFen === null ? '金额不详' : formatFen(order.paidFen)}`}
    </Typography.Text>
  );
}
