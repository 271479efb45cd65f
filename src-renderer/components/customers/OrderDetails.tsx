import type { CustomerOrderDto } from '@contract';
import { Descriptions, Flex, Typography } from 'antd';
import { OrderLinesTable } from './OrderLinesTable';
import { StatusHistory } from './StatusHistory';

/** An opened order: its items, the dates it moved on, where it went, what buyer and seller wrote, and its status history. */
export function OrderDetails(props: { order: CustomerOrderDto; timeZone: string | undefined }) {
  const { order } = props;
  const moments = [
    { label: '付款', at: order.paidAt },
    { label: '发货', at: order.shippedAt },
    { label: '成交', at: order.completedAt },
  ].filter((moment) => moment.at);
  const facts = [
    { key: 'phone', label: '收货电话', children: order.receiverPhone },
    { key: 'address', label: '收货地址', children: order.receiverAddress },
    { key: 'message', label: '买家留言', children: order.buyerMessage },
    { key: 'memo', label: '卖家备注', children: order.sellerMemo },
  ].filter((fact) => fact.children);

  return (
    <Flex vertical gap={8} style={{ marginTop: 4, padding: 12, background: '#fafafa', borderRadius: 6 }}>
      <OrderLinesTable lines={order.lines} />
      {moments.length > 0 && (
        <Flex gap={16} wrap>
          {moments.map((moment) => (
            <span key={moment.label} style={{ whiteSpace: 'nowrap' }}>
              <Typography.Text type="secondary">{moment.label} </Typography.Text>
              <Typography.Text>{moment.at}</Typography.Text>
            </span>
          ))}
        </Flex>
      )}
      {facts.length > 0 && <Descriptions size="small" column={1} styles={{ label: { width: 72 } }} items={facts} />}
      {order.statusChanges.length > 0 && <StatusHistory changes={order.statusChanges} timeZone={props.timeZone} />}
    </Flex>
  );
}
