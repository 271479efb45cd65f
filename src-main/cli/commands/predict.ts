import { performance } from 'node:perf_hooks';
import type { PredictionModelDto } from '../../contract/dto/predictions';
import { call, withBackend } from '../open-backend';
import { dbOption, type Command } from './command';

const digits = (value: number) => Number(value.toPrecision(4)).toString();

/** The status of the models as lines for the owner. */
export function describeModel(model: PredictionModelDto, seconds: number): string[] {
  if (model.status === 'notReady') return ['客户本的订单还不够，暂时不能预测：', ...model.missing.map((line) => `- ${line}`)];
  if (model.status !== 'ready') return [`没能算出客户预测：${model.message ?? '原因不明，详见错误日志'}`];
  const lines = [
    `客户预测已算好：截至 ${model.asOf}，用到 ${model.horizon} 为止的订单，用时 ${seconds.toFixed(1)} 秒`,
    `有订单的买家 ${model.buyers} 位，其中 ${model.repeaters} 位在 2 个或更多不同日子下过单；订单跨 ${model.spanDays} 天`,
    `购买模型（BG/NBD，以天计）：r = ${digits(model.purchase!.r)}，α = ${digits(model.purchase!.alpha)}，a = ${digits(model.purchase!.a)}，b = ${digits(model.purchase!.b)}`,
    model.spend
      ? `客单价模型（Gamma-Gamma，以分计）：p = ${digits(model.spend.p)}，q = ${digits(model.spend.q)}，γ = ${digits(model.spend.gamma)}`
      : '客单价模型没能算出（回头客的客单价太分散），预测价值暂缺',
  ];
  if (model.stale) lines.push(`注意：最近一单是 ${model.horizon}，已经过去两周多了；导入新订单后预测才准`);
  return lines;
}

export const predictCommand: Command = {
  name: 'predict',
  summary: '客户预测：现在重新计算活跃概率、预计下次购买和预测价值，并显示结果',
  usage: 'zhanggui predict [--db 文件] [--json]',
  options: { ...dbOption, json: { type: 'boolean' } },
  async run(values, io) {
    return withBackend(io, values.db as string | undefined, async (backend) => {
      const started = performance.now();
      await call(backend, 'predictions.recompute', {});
      await backend.predictionsIdle();
      const model = await call(backend, 'predictions.status', {});
      if (values.json) io.out(JSON.stringify(model));
      else for (const line of describeModel(model, (performance.now() - started) / 1000)) io.out(line);
      return model.status === 'failed' ? 1 : 0;
    });
  },
};
