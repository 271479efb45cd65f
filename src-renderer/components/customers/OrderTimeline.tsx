import type { CustomerOrderDto } from '@contract';
import { Alert, Card, Empty, Timeline } from 'antd';
import { formatCount } from '../../format/numbers';
import { OrderSummary } from './OrderSummary';

// The timeline dot by the order's normalised status; anything unforeseen stays grey. Blue is
// spelled out because the theme's primary colour (which Timeline's 'blue' follows) is a warning red.
const STATUS_COLOR: Readonly<Record<string, string>> = {
  unpaid: 'orange',
  paid: '#1677ff',
  shipped: '#1677ff',
  completed: 'green',
  closed: 'gray',
};

/** 订单: every order of the buyer, newest first, each expandable to its lines and status history. */
export function OrderTimeline(props: { orders: CustomerOrderDto[]; ordersTotal: number; timeZone: string | undefined }) {
  const { orders, ordersTotal } = props;
  return (
    <Card size="small" title={`订单（${formatCount(ordersTotal)} 笔）`} data-testid="order-timeline">
      {ordersTotal > orders.length && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`只显示最近 ${formatCount(orders.length)} 笔，共 ${formatCount(ordersTotal)} 笔。`}
        />
      )}
      {orders.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有订单" />
      ) : (
        <Timeline
          style={{ paddingTop: 8 }}
          items={orders.map((order) => ({
            key: order.id,
            color: STATUS_COLOR[order.status] ?? 'gray',
            content: <OrderSummary order={order} timeZone={props.timeZone} />,
          }))}
        />
      )}
    </Card>
  );
}
