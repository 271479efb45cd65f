import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatCount } from '../../format/numbers';

/** 今天及逾期 (12) and its rows, or a line saying why there are none. */
export function TaskSection(props: { title: string; count: number; emptyText: string; testId: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section data-testid={props.testId}>
      <Flex gap={12} align="center" className="follow-up-section-head">
        <Typography.Title level={2} className="follow-up-section-title">
          {`${props.title}（${formatCount(props.count)}）`}
        </Typography.Title>
        {props.extra}
      </Flex>
      {props.count === 0 ? (
        <Typography.Text type="secondary">{props.emptyText}</Typography.Text>
      ) : (
        <div role="grid" aria-label={props.title} className="follow-up-grid">
          {props.children}
        </div>
      )}
    </section>
  );
}
