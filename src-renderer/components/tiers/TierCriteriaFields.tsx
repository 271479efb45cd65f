import type { TierDraft } from '@contract';
import { Checkbox, Form, InputNumber, Radio } from 'antd';
import { fenToYuan, yuanToFen } from '../../format/yuan';
import { fieldStatus } from '../field-status';
import { MonthsChoice } from './MonthsChoice';

type Errors = Record<string, string>;

/** 升级条件: how much spend and how many orders, either or both, counted over which span. Items of the card's field row. */
export function TierCriteriaFields(props: { draft: TierDraft; errors: Errors; onChange(patch: Partial<TierDraft>): void }) {
  const { draft, errors, onChange } = props;
  const bothSet = draft.minNetSpentFen !== null && draft.minOrderCount !== null;
  return (
    <>
      <Form.Item label="累计消费 ≥" {...fieldStatus(errors.minNetSpentFen)}>
        <InputNumber<number>
          aria-label="累计消费门槛（元）"
          style={{ width: 160 }}
          prefix="¥"
          min={0.01}
          precision={2}
          placeholder="不用这个条件"
          value={fenToYuan(draft.minNetSpentFen)}
          onChange={(yuan) => onChange({ minNetSpentFen: yuanToFen(yuan) })}
        />
      </Form.Item>
      <Form.Item label="订单数 ≥" {...fieldStatus(errors.minOrderCount)}>
        <InputNumber<number>
          aria-label="订单数门槛"
          style={{ width: 140 }}
          suffix="单"
          min={1}
          precision={0}
          placeholder="不用这个条件"
          value={draft.minOrderCount}
          onChange={(count) => onChange({ minOrderCount: count })}
        />
      </Form.Item>
      <Form.Item label="条件" {...fieldStatus(errors.combine)} tooltip={bothSet ? undefined : '两个条件都设了才需要选'}>
        <Radio.Group
          aria-label="条件"
          optionType="button"
          disabled={!bothSet}
          value={draft.combine}
          onChange={(event) => onChange({ combine: event.target.value as TierDraft['combine'] })}
          options={[
            { value: 'any', label: '满足任一' },
            { value: 'all', label: '同时满足' },
          ]}
        />
      </Form.Item>
      <Form.Item label="统计范围" {...fieldStatus(errors.windowMonths)}>
        <MonthsChoice
          ariaLabel="统计范围"
          noneLabel="累计"
          monthsPrefix="近 "
          value={draft.windowMonths}
          onChange={(windowMonths) => onChange({ windowMonths })}
        />
      </Form.Item>
      <Form.Item label="升级方式" {...fieldStatus(errors.manualOnly)}>
        <Checkbox checked={draft.manualOnly} onChange={(event) => onChange({ manualOnly: event.target.checked })}>
          只能手动调整
        </Checkbox>
      </Form.Item>
    </>
  );
}
