import type { PredictionModelDto } from '@contract';
import { App, Button, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { formatCount } from '../../format/numbers';
import { modelNotReadyReason } from '../../format/predictions';
import { formatInstant } from '../../format/relative-date';
import { useSettings } from '../../hooks/useSettings';

/**
 * One line on the models behind the predictions: when they were computed and on what, or why
 * there are none yet; the owner can compute them again (in the background: the line says so,
 * and the 'predictions.changed' event brings the result).
 */
export function PredictionModelLine(props: { model: PredictionModelDto; mayRecompute: boolean; onRecompute(model: PredictionModelDto): void }) {
  const { message } = App.useApp();
  const [asking, setAsking] = useState(false);
  // The server stamps an instant; the owner reads the shop's clock.
  const timeZone = useSettings()?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const { model } = props;
  const notReady = modelNotReadyReason(model);
  const recompute = async () => {
    setAsking(true);
    try {
      props.onRecompute(await api.call('predictions.recompute', {}));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setAsking(false);
    }
  };
  return (
    <Flex gap={8} align="center" wrap className="prediction-model-line" data-testid="prediction-model-line">
      <Typography.Text type={notReady ? 'secondary' : undefined}>
        {notReady && model.status !== 'computing'
          ? notReady
          : model.computedAt
            ? `客户预测计算于 ${formatInstant(model.computedAt, timeZone)}，按 ${model.horizon ?? model.asOf} 的订单 · 买过的客户 ${formatCount(model.buyers)} 位，其中回头客 ${formatCount(model.repeaters)} 位`
            : '正在计算客户预测…'}
      </Typography.Text>
      {model.stale && <Typography.Text type="warning">最近两周没有新订单，预测会偏低：请导入最近的订单。</Typography.Text>}
      {model.computing && <Typography.Text type="secondary">正在重新计算…</Typography.Text>}
      {props.mayRecompute && (
        <Tooltip title="按客户本里现在的全部订单重新拟合模型，在后台进行，不影响使用">
          <Button size="small" loading={asking} disabled={model.computing} onClick={() => void recompute()}>
            重新计算
          </Button>
        </Tooltip>
      )}
    </Flex>
  );
}
