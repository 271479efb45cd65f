import { Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { QueryState } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';

/** A report card's body: its Skeleton while the first answer comes, the error with 重试, or the figures. */
export function ReportSection<T>(props: { query: QueryState<T>; loadingText?: string; rows?: number; children: (data: T) => ReactNode }) {
  const { query } = props;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  if (query.data === undefined) {
    return (
      <Flex vertical gap={8}>
        {props.loadingText && <Typography.Text type="secondary">{props.loadingText}</Typography.Text>}
        <Skeleton active paragraph={{ rows: props.rows ?? 4 }} />
      </Flex>
    );
  }
  return <>{props.children(query.data)}</>;
}
