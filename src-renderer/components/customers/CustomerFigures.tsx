import type { CustomerDetailDto } from '@contract';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { formatFen } from '../../format/numbers';
import { PurchaseDate } from './PurchaseDate';

/** What the buyer is worth to the shop: the figures the list shows, plus refunds and the first purchase. */
export function CustomerFigures(props: { customer: CustomerDetailDto; today: string | undefined }) {
  const { customer } = props;
  const figures = [
    { label: '有效订单', value: customer.orderCount, suffix: '单', testId: 'figure-orders' },
    { label: '净消费', value: formatFen(customer.netSpentFen), testId: 'figure-net' },
    { label: '客单价', value: customer.averageOrderFen === null ? '—' : formatFen(customer.averageOrderFen), testId: 'figure-average' },
    { label: '退款', value: formatFen(customer.refundFen), testId: 'figure-refund' },
  ];
  return (
    <Card size="small">
      <Row gutter={16}>
        {figures.map((figure) => (
          <Col span={6} key={figure.label}>
            <Statistic title={figure.label} value={figure.value} suffix={figure.suffix} data-testid={figure.testId} styles={{ content: { fontSize: 20 } }} />
          </Col>
        ))}
      </Row>
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col span={12}>
          <Typography.Text type="secondary">首次购买 </Typography.Text>
          <PurchaseDate at={customer.firstOrderAt} today={props.today} />
        </Col>
        <Col span={12}>
          <Typography.Text type="secondary">最近购买 </Typography.Text>
          <PurchaseDate at={customer.lastOrderAt} today={props.today} />
        </Col>
      </Row>
    </Card>
  );
}
