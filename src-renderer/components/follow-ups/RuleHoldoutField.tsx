import type { CareRuleInput } from '@contract';
import { Flex, Form, InputNumber, Typography } from 'antd';
import { fieldStatus } from '../field-status';

/** 对照组 (every rule): the share of customers kept without a task, so 效果评估 can compare. */
export function RuleHoldoutField(props: { draft: CareRuleInput; errors: Record<string, string>; onChange(patch: Partial<CareRuleInput>): void }) {
  const { draft, errors, onChange } = props;
  return (
    <Form.Item
      label="对照组"
      htmlFor="rule-holdout-percent"
      extra="每位客户随机分一次；留出的客户收不到这条规则的任务，「报表」的效果评估对比两组的复购，看跟进有没有用。0：不留。"
      {...fieldStatus(errors.holdoutPercent)}
    >
      <Flex gap={8} align="center">
        <InputNumber
          id="rule-holdout-percent"
          min={0}
          max={50}
          precision={0}
          prefix="留出"
          suffix="%"
          style={{ width: 120 }}
          value={draft.holdoutPercent}
          onChange={(percent) => onChange({ holdoutPercent: percent ?? 0 })}
        />
        <Typography.Text>的客户不生成任务，用来评估效果（最多 50%）</Typography.Text>
      </Flex>
    </Form.Item>
  );
}
