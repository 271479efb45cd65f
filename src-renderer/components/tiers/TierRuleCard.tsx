import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import type { TierDraft } from '@contract';
import { Button, Card, Flex, Form, Input, Popconfirm, Space, Tooltip } from 'antd';
import { fieldStatus } from '../field-status';
import { TierBenefitFields } from './TierBenefitFields';
import { TierCriteriaFields } from './TierCriteriaFields';
import { TierValidityFields } from './TierValidityFields';

/** One tier of the editor: its name, when customers reach it, how long it lasts, and what it gives. */
export function TierRuleCard(props: {
  index: number;
  count: number;
  draft: TierDraft;
  errors: Record<string, string>;
  onChange(patch: Partial<TierDraft>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}) {
  const { draft, errors, onChange, index } = props;
  const label = draft.name || `第 ${index + 1} 级`;
  return (
    <Card
      size="small"
      data-testid="tier-rule"
      title={`第 ${index + 1} 级${index === 0 ? '（最低）' : index === props.count - 1 ? '（最高）' : ''}`}
      extra={
        <Space size={4}>
          <Tooltip title="往低一级移">
            <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={`上移「${label}」`} disabled={index === 0} onClick={() => props.onMove(-1)} />
          </Tooltip>
          <Tooltip title="往高一级移">
            <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={`下移「${label}」`} disabled={index === props.count - 1} onClick={() => props.onMove(1)} />
          </Tooltip>
          <Popconfirm
            title={`删除「${label}」？`}
            description="保存后，这一级的客户会按其余等级的规则重新归级。"
            okText="删除"
            cancelText="保留"
            onConfirm={props.onRemove}
          >
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除「${label}」`} />
          </Popconfirm>
        </Space>
      }
    >
      <Form layout="vertical" component={false}>
        <Flex gap={16} wrap className="tier-fields">
          <Form.Item label="名称" style={{ width: 180 }} {...fieldStatus(errors.name)}>
            <Input aria-label={`第 ${index + 1} 级的名称`} maxLength={20} placeholder="例如：VIP会员" value={draft.name} onChange={(event) => onChange({ name: event.target.value })} />
          </Form.Item>
          <TierCriteriaFields draft={draft} errors={errors} onChange={onChange} />
          <TierValidityFields draft={draft} errors={errors} onChange={onChange} />
        </Flex>
        <TierBenefitFields draft={draft} errors={errors} onChange={onChange} />
      </Form>
    </Card>
  );
}
