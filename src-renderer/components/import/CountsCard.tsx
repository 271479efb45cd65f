import { Card, Flex, Statistic } from 'antd';
import type { ReactNode } from 'react';

export interface Count {
  label: string;
  value: number;
  /** For tests: e.g. preview-orders-inserted. */
  testId: string;
}

/** One kind of record (订单, 宝贝, 客户…) and how many of them a preview or import touched. */
export function CountsCard(props: { title: string; counts: Count[]; suffix: string; footer?: ReactNode }) {
  return (
    <Card title={props.title} size="small" className="counts-card">
      <Flex gap={20} wrap>
        {props.counts.map((count) => (
          <div key={count.testId} data-testid={count.testId}>
            <Statistic title={count.label} value={count.value} suffix={props.suffix} />
          </div>
        ))}
      </Flex>
      {props.footer}
    </Card>
  );
}
