import { NON_MEMBER_TIER_NAME, type CareRuleInput } from '@contract';
import { App, Button, Flex, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { newRepurchaseRule, toRuleInput } from '../../format/care-rules';
import { formatCount } from '../../format/numbers';
import { useCurrentStaff } from '../../hooks/current-staff-context';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';
import { CareRuleCard } from './CareRuleCard';
import { CareRuleEditor } from './CareRuleEditor';

/** 跟进规则: what makes the daily tasks; each rule on/off at once, edited in a drawer with a live preview. */
export function CareRulesTab() {
  const rules = useApiQuery('careRules.list', {});
  const tiers = useApiQuery('tiers.get', {});
  const staff = useCurrentStaff();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<CareRuleInput | null>(null);

  const tierNames = useMemo(() => new Map((tiers.data?.tiers ?? []).map((tier) => [tier.id, tier.name])), [tiers.data]);
  const tierOptions = useMemo(() => [{ value: 0, label: NON_MEMBER_TIER_NAME }, ...[...tierNames].map(([value, label]) => ({ value, label }))], [tierNames]);
  const list = rules.data?.rules;

  const changed = (summary: string) => {
    void message.success(summary);
    setEditing(null);
    rules.reload();
  };

  if (!list) return rules.error ? <LoadError error={rules.error} onRetry={rules.reload} /> : <Skeleton active paragraph={{ rows: 8 }} />;
  const enabled = list.filter((rule) => rule.enabled).length;
  return (
    <Flex vertical gap={12}>
      {rules.error && <LoadError error={rules.error} onRetry={rules.reload} />}
      <div className="list-toolbar">
        <Typography.Text className="list-count" data-testid="care-rule-count">
          {`共 ${formatCount(list.length)} 条规则，${formatCount(enabled)} 条已打开`}
        </Typography.Text>
        <Button onClick={() => setEditing(newRepurchaseRule(list))}>
          新增复购提醒
        </Button>
      </div>
      <Typography.Text type="secondary">
        每条规则按订单、生日和客户的消费情况每天生成跟进任务。黑名单和免打扰的客户从不生成任务。复购提醒可以按商品分组各加一条。
      </Typography.Text>
      {list.map((rule) => (
        <CareRuleCard
          key={rule.id}
          rule={rule}
          tierNames={tierNames}
          staff={staff.staff ?? []}
          onEdit={() => setEditing(toRuleInput(rule))}
          onChanged={changed}
        />
      ))}
      {editing && (
        <CareRuleEditor initial={editing} tierOptions={tierOptions} activeStaff={staff.active} onClose={() => setEditing(null)} onSaved={changed} />
      )}
    </Flex>
  );
}
