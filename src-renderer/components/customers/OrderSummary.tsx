import type { CustomerOrderDto } from '@contract';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatFen } from '../../format/numbers';
import { OrderDetails } from './OrderDetails';

/** One order on the timeline: when, which, where it stands and what was paid; 明细 opens the rest. */
export function OrderSummary(props: { order: CustomerOrderDto; timeZone: string | undefined }) {
  const { order } = props;
  const [open, setOpen] = useState(false);
  const at = order.createdAt ?? order.paidAt;

  return (
    <Flex vertical gap={4} data-testid={`order-${order.orderNo}`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{at ? at.slice(0, 16) : '下单时间不详'}</Typography.Text>
        <Typography.Text copyable={{ text: order.orderNo, tooltips: ['复制订单号', '已复制'] }} type="secondary">
          {order.orderNo}
        </Typography.Text>
        <Tag>{order.statusRaw}</Tag>
      </Flex>
      <Flex gap={16} align="center" wrap>
        <Typography.Text>实付 {order.paidFen === null ? '—' : formatFen(order.paidFen)}</Typography.Text>
        {order.refundFen > 0 && <Typography.Text type="danger">退款 {formatFen(order.refundFen)}</Typography.Text>}
        {order.receiverName && <Typography.Text type="secondary">收货人 {order.receiverName}</Typography.Text>}
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          icon={open ? <UpOutlined /> : <DownOutlined />}
          iconPlacement="end"
          onClick={() => setOpen(!open)}
        >
          {open ? '收起' : order.lines.length > 0 ? `明细（${order.lines.length} 个宝贝）` : '明细'}
        </Button>
      </Flex>
      {open && <OrderDetails order={order} timeZone={props.timeZone} />}
    </Flex>
  );
}
