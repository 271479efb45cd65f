import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatShownOf } from '../../format/follow-ups';
import { formatCount } from '../../format/numbers';

/**
 * 今天及逾期 (12) and its rows, or a line saying why there are none. `total` counts every task of
 * the section; `shown` those sent, with 显示更多 under them while some are left.
 */
export function TaskSection(props: {
  title: string;
  total: number;
  shown: number;
  emptyText: string;
  testId: string;
  extra?: ReactNode;
  onMore?: () => void;
  children: ReactNode;
}) {
  const shownOf = formatShownOf(props.shown, props.total);
  return (
    <section data-testid={props.testId}>
      <Flex gap={12} align="center" className="follow-up-section-head">
        <Typography.Title level={2} className="follow-up-section-title">
          {`${props.title}（${formatCount(props.total)}）`}
        </Typography.Title>
        {props.extra}
      </Flex>
      {props.total === 0 ? (
        <Typography.Text type="secondary">{props.emptyText}</Typography.Text>
      ) : (
        <div role="grid" aria-label={props.title} className="follow-up-grid">
          {props.children}
        </div>
      )}
      {shownOf && (
        <Flex gap={12} align="center" className="follow-up-section-more">
          <Typography.Text type="secondary">{shownOf}</Typography.Text>
          {props.onMore && (
            <Button size="small" onClick={props.onMore}>
              显示更多
            </Button>
          )}
        </Flex>
      )}
    </section>
  );
}
