import { CARE_PRIORITY_NAMES, CARE_RULE_KIND_NAMES, type CareRuleDto, type StaffDto } from '@contract';
import { Button, Card, Flex, Popconfirm, Space, Switch, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { formatAssignment, formatCap, formatHoldout, formatRuleFilters, formatRuleTiming, toRuleInput } from '../../format/care-rules';
import { formatCount } from '../../format/numbers';
import { FieldError } from '../customers/FieldError';
import { useCallAction } from './useCallAction';

/** One care rule: on/off at once, what it does in one line, and 编辑 / 删除. */
export function CareRuleCard(props: {
  rule: CareRuleDto;
  tierNames: ReadonlyMap<number, string>;
  staff: readonly StaffDto[];
  onEdit(): void;
  onChanged(summary: string): void;
}) {
  const { rule } = props;
  const toggle = useCallAction();
  const remove = useCallAction();
  const filters = formatRuleFilters(rule.filters, props.tierNames);

  const setEnabled = (enabled: boolean) =>
    void toggle.run(async () => {
      const saved = await api.call('careRules.save', { ...toRuleInput(rule), enabled });
      props.onChanged(enabled ? `已打开「${rule.name}」，生成了 ${formatCount(saved.created)} 个任务` : `已关闭「${rule.name}」，不再生成新任务`);
    });
  const deleteRule = () =>
    void remove.run(async () => {
      await api.call('careRules.delete', { id: rule.id });
      props.onChanged(`已删除「${rule.name}」，已生成的任务保留`);
    });

  return (
    <Card size="small" data-testid="care-rule" data-rule-id={rule.id}>
      <Flex gap={12} align="flex-start">
        <Switch aria-label={`启用「${rule.name}」`} checked={rule.enabled} loading={toggle.saving} onChange={setEnabled} />
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{rule.name}</Typography.Text>
            <Tag>{CARE_RULE_KIND_NAMES[rule.kind]}</Tag>
            <Tag color={rule.priority === 1 ? 'red' : undefined}>{`优先级 ${CARE_PRIORITY_NAMES[rule.priority]}`}</Tag>
            {!rule.enabled && <Typography.Text type="secondary">已关闭</Typography.Text>}
          </Flex>
          <Typography.Text data-testid="care-rule-summary">{formatRuleTiming(rule)}</Typography.Text>
          <Typography.Text type="secondary">
            {[filters, formatAssignment(rule, props.staff), formatCap(rule.capDays), formatHoldout(rule.holdoutPercent)].filter(Boolean).join(' · ')}
          </Typography.Text>
          <FieldError message={toggle.error ?? remove.error} />
        </Flex>
        <Space size={4}>
          <Button size="small" onClick={props.onEdit}>
            编辑
          </Button>
          <Popconfirm
            title={`删除「${rule.name}」？`}
            description="已生成的任务会保留，只是以后不再按这条规则生成新任务。"
            okText="删除"
            cancelText="保留"
            onConfirm={deleteRule}
          >
            <Button size="small" danger loading={remove.saving}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      </Flex>
    </Card>
  );
}
