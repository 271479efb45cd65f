import type { CareRuleInput } from '@contract';
import { Form, InputNumber } from 'antd';
import { fenToYuan, yuanToFen } from '../../format/yuan';
import { fieldStatus } from '../field-status';

type Patch = (patch: Partial<CareRuleInput>) => void;

/** 流失预警: which customers count as lapsing (beside the rule's other days, in one row). */
export function RuleChurnFields(props: { draft: CareRuleInput; errors: Record<string, string>; onChange: Patch }) {
  const { draft, errors, onChange } = props;
  return (
    <>
      <Form.Item
        label="活跃概率低于"
        htmlFor="rule-alive-below"
        extra="按购买记录估算的还会回来买的可能性；只看买过 2 天以上的客户。"
        style={{ maxWidth: 280 }}
        {...fieldStatus(errors.aliveBelowPercent)}
      >
        <InputNumber
          id="rule-alive-below"
          min={1}
          max={99}
          precision={0}
          suffix="%"
          style={{ width: 120 }}
          value={draft.aliveBelowPercent}
          onChange={(percent) => onChange({ aliveBelowPercent: percent ?? null })}
        />
      </Form.Item>
      <Form.Item label="累计消费至少" htmlFor="rule-min-spent" extra="不填：不限消费。" {...fieldStatus(errors.minSpentFen)}>
        <InputNumber<number>
          id="rule-min-spent"
          min={0}
          precision={2}
          prefix="¥"
          placeholder="不限"
          style={{ width: 160 }}
          value={fenToYuan(draft.minSpentFen)}
          onChange={(yuan) => onChange({ minSpentFen: yuanToFen(yuan) })}
        />
      </Form.Item>
    </>
  );
}
