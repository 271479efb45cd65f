import { ORDER_RULE_KINDS, type CareRuleInput } from '@contract';
import { Flex, Form, InputNumber, Select } from 'antd';
import { fenToYuan, yuanToFen } from '../../format/yuan';
import { fieldStatus } from '../field-status';

type Filters = CareRuleInput['filters'];

/** Which customers and orders the rule is for: tiers always; the order's amount and products for order rules. */
export function RuleFilterFields(props: {
  draft: CareRuleInput;
  errors: Record<string, string>;
  /** 店铺客户 (0) first, then the tiers. */
  tierOptions: readonly { value: number; label: string }[];
  onChange(patch: Partial<Filters>): void;
}) {
  const { draft, errors, onChange } = props;
  const { filters } = draft;
  const aboutOrders = ORDER_RULE_KINDS.includes(draft.kind);
  const yuan = (field: 'minOrderFen' | 'maxOrderFen', label: string) => (
    <InputNumber<number>
      aria-label={label}
      min={0}
      precision={2}
      prefix="¥"
      placeholder="不限"
      style={{ width: 140 }}
      value={fenToYuan(filters[field])}
      onChange={(value) => onChange({ [field]: yuanToFen(value) })}
    />
  );

  return (
    <Flex gap={16} wrap>
      <Form.Item label="客户等级" extra="不选：所有等级" {...fieldStatus(errors['filters.tierIds'])}>
        <Select<number[]>
          aria-label="客户等级"
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder="所有等级"
          options={[...props.tierOptions]}
          value={filters.tierIds ?? []}
          onChange={(ids) => onChange({ tierIds: ids.length === 0 ? null : ids })}
        />
      </Form.Item>
      {aboutOrders && (
        <Form.Item label="订单实付金额" {...fieldStatus(errors['filters.minOrderFen'] ?? errors['filters.maxOrderFen'])}>
          <Flex gap={8} align="center">
            {yuan('minOrderFen', '订单金额下限（元）')}
            至
            {yuan('maxOrderFen', '订单金额上限（元）')}
          </Flex>
        </Form.Item>
      )}
      {aboutOrders && (
        <Form.Item label="商品关键词" extra="宝贝标题含任一关键词的订单；不填：所有商品" {...fieldStatus(errors['filters.productKeywords'])}>
          <Select
            aria-label="商品关键词"
            mode="tags"
            style={{ minWidth: 240 }}
            tokenSeparators={[',', '，']}
            placeholder="例如：洗发水"
            value={filters.productKeywords}
            onChange={(words: string[]) => onChange({ productKeywords: words.map((word) => word.trim()).filter(Boolean) })}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
      )}
    </Flex>
  );
}
