import type { CustomerPredictionDto } from '@contract';
import { Alert, Card, Descriptions, Flex, Skeleton, Tooltip, Typography } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { formatFen } from '../../format/numbers';
import { formatExpectedOrders, modelNotReadyReason, NO_P_ALIVE_HINT } from '../../format/predictions';
import { daysBetween, formatDaysUntil } from '../../format/relative-date';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';
import { PAliveTag } from './PAliveTag';

/**
 * 预测: how likely the buyer still buys here, when next, and what the next 12 months may bring,
 * by the models fitted to the whole book. Reloads when the models are computed again.
 */
export function PredictionCard(props: { customerId: number }) {
  const query = useApiQuery('predictions.customer', { customerId: props.customerId });
  const { reload } = query;
  useEffect(() => api.on('predictions.changed', reload), [reload]);
  return (
    <Card size="small" title="预测" data-testid="prediction-card">
      {query.error ? <LoadError error={query.error} onRetry={reload} /> : query.data ? <PredictionBody data={query.data} /> : <Skeleton active title={false} paragraph={{ rows: 3 }} />}
    </Card>
  );
}

function PredictionBody({ data }: { data: CustomerPredictionDto }) {
  const { model, prediction } = data;
  const notReady = modelNotReadyReason(model);
  if (notReady) {
    return (
      <Flex vertical gap={4} className="prediction-missing" data-testid="prediction-missing">
        {model.status === 'notReady' && model.missing.length > 0 ? (
          <>
            <Typography.Text type="secondary">客户本的订单历史还不够，暂时不能预测。还差：</Typography.Text>
            <ul className="prediction-missing-list">
              {model.missing.map((item) => (
                <li key={item}>
                  <Typography.Text type="secondary">{item}</Typography.Text>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Typography.Text type="secondary">{notReady}</Typography.Text>
        )}
      </Flex>
    );
  }
  if (!prediction) {
    return <Typography.Text type="secondary">这位客户还没有有效订单（已付款、未全额退款），无法预测。</Typography.Text>;
  }
  const next = prediction.nextOrderOn;
  return (
    <Flex vertical gap={8}>
      {model.stale && (
        <Alert
          type="warning"
          showIcon
          data-testid="prediction-stale"
          title={`最新的订单停在 ${model.horizon ?? '两周多以前'}，预测会偏低`}
          description="客户本里最近两周没有新订单：请从千牛导出最近的订单并导入，预测会自动重新计算。"
        />
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'pAlive',
            label: '活跃概率',
            children: <PAliveTag pAlive={prediction.pAlive} showLevel />,
          },
          {
            key: 'next',
            label: '预计下次购买',
            children: (
              <span data-testid="prediction-next">
                {next ? (
                  `${next}（${formatDaysUntil(daysBetween(prediction.asOf, next))}）`
                ) : prediction.pAlive === null ? (
                  <Tooltip title={NO_P_ALIVE_HINT}>—</Tooltip>
                ) : (
                  <Typography.Text type="danger">可能已流失</Typography.Text>
                )}
              </span>
            ),
          },
          {
            key: 'orders',
            label: '预计 90 天购买次数',
            children: <span data-testid="prediction-orders">{formatExpectedOrders(prediction.expectedOrders90)}</span>,
          },
          {
            key: 'value',
            label: '预测价值（未来 12 个月）',
            children: (
              <span data-testid="prediction-value">
                {prediction.valueFen === null ? <Tooltip title="客单价模型没能从这本客户本算出，暂不预测金额">—</Tooltip> : formatFen(prediction.valueFen)}
              </span>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" className="prediction-basis" data-testid="prediction-basis">
        按 {model.horizon ?? prediction.asOf} 的订单计算
      </Typography.Text>
    </Flex>
  );
}
