import type { CareRuleInput } from '@contract';
import { Checkbox, Flex, Form, InputNumber, Select } from 'antd';
import { DELAY_LABELS, parseDayList } from '../../format/care-rules';
import { fieldStatus } from '../field-status';
import { RuleChurnFields } from './RuleChurnFields';

type Patch = (patch: Partial<CareRuleInput>) => void;

/** When the task comes: the days that matter for this kind of rule, and only those. */
export function RuleTimingFields(props: { draft: CareRuleInput; errors: Record<string, string>; onChange: Patch }) {
  const { draft, errors, onChange } = props;
  const delayLabel = DELAY_LABELS[draft.kind];
  return (
    <Flex gap={16} wrap>
      {draft.kind === 'churnRisk' && <RuleChurnFields draft={draft} errors={errors} onChange={onChange} />}
      {delayLabel && (
        <Form.Item label={delayLabel} htmlFor="rule-delay-days" {...fieldStatus(errors.delayDays)}>
          <InputNumber id="rule-delay-days" min={0} max={365} precision={0} suffix="天" value={draft.delayDays} onChange={(days) => onChange({ delayDays: days ?? 0 })} />
        </Form.Item>
      )}
      {draft.kind === 'afterReceipt' && (
        <Form.Item label="没有确认收货时" htmlFor="rule-fallback-days" {...fieldStatus(errors.fallbackDays)}>
          <Flex gap={8} align="center">
            <Checkbox checked={draft.fallbackDays !== null} onChange={(event) => onChange({ fallbackDays: event.target.checked ? 15 : null })}>
              发货后
            </Checkbox>
            <InputNumber
              id="rule-fallback-days"
              aria-label="发货后几天"
              min={1}
              max={90}
              precision={0}
              suffix="天也回访"
              disabled={draft.fallbackDays === null}
              value={draft.fallbackDays}
              onChange={(days) => onChange({ fallbackDays: days ?? null })}
            />
          </Flex>
        </Form.Item>
      )}
      {draft.kind === 'repurchase' && (
        <Form.Item label="复购周期" htmlFor="rule-cycle-days" extra="上次购买后多少天还没有再买，就提醒客服联系。" {...fieldStatus(errors.cycleDays)}>
          <InputNumber id="rule-cycle-days" min={1} max={730} precision={0} suffix="天" value={draft.cycleDays} onChange={(days) => onChange({ cycleDays: days ?? null })} />
        </Form.Item>
      )}
      {draft.kind === 'dormant' && (
        <Form.Item label="多少天没有下单" extra="可以设几档，例如 30、60、90：每一档各联系一次。" {...fieldStatus(errors.dormantDays)}>
          <Select
            aria-label="多少天没有下单"
            mode="tags"
            style={{ minWidth: 240 }}
            tokenSeparators={[',', '，', ' ', '/']}
            value={(draft.dormantDays ?? []).map(String)}
            onChange={(values: string[]) => onChange({ dormantDays: parseDayList(values) })}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
      )}
    </Flex>
  );
}
