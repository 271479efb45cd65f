import type { TierProgramDto } from '@contract';
import { Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { CustomerDrawer } from '../components/customers/CustomerDrawer';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { NearNextTierCard } from '../components/tiers/NearNextTierCard';
import { RecomputeButton } from '../components/tiers/RecomputeButton';
import { TierDistributionCard } from '../components/tiers/TierDistributionCard';
import { TierEditor } from '../components/tiers/TierEditor';
import { TierUpgradesCard, type UpgradeDays } from '../components/tiers/TierUpgradesCard';
import { useApiQuery } from '../hooks/useApiQuery';

type TabKey = 'overview' | 'rules';

/** 会员等级: how many customers sit in each tier, who moved up, who is close, and the rules. */
export function TiersPage() {
  const program = useApiQuery('tiers.get', {});
  // The editor starts from what the last save answered: a reload may still be on its way then.
  const [saved, setSaved] = useState<{ program: TierProgramDto; round: number } | null>(null);
  // Bumped on every save or recompute so the lists below ask again.
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState<TabKey>('overview');
  const [upgradeDays, setUpgradeDays] = useState<UpgradeDays>(30);
  const [openId, setOpenId] = useState<number | null>(null);

  const refresh = () => {
    program.reload();
    setVersion((n) => n + 1);
  };
  const onSaved = (next: TierProgramDto) => {
    setSaved((current) => ({ program: next, round: (current?.round ?? 0) + 1 }));
    refresh();
  };

  const editorProgram = saved?.program ?? program.data;
  const shown = program.data ?? saved?.program;
  const hasTiers = (shown?.tiers.length ?? 0) > 0;

  const editor = editorProgram && <TierEditor key={saved?.round ?? 0} program={editorProgram} onSaved={onSaved} />;

  return (
    <>
      <PageHeading
        title="会员等级"
        description="按累计消费或订单数自动升级；每一级可以有自己的折扣、权益和生日优惠。"
        extra={hasTiers && <RecomputeButton onDone={refresh} />}
      />
      {program.error && <LoadError error={program.error} onRetry={program.reload} />}
      {!editorProgram && !program.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {shown && !hasTiers && editor}
      {shown && hasTiers && (
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as TabKey)}
          items={[
            {
              key: 'overview',
              label: '概况',
              children: (
                <Flex vertical gap={16}>
                  <TierDistributionCard program={shown} />
                  <TierUpgradesCard key={`up-${version}`} days={upgradeDays} onDaysChange={setUpgradeDays} onOpenCustomer={setOpenId} />
                  <NearNextTierCard key={`near-${version}`} onOpenCustomer={setOpenId} />
                </Flex>
              ),
            },
            { key: 'rules', label: '等级规则', children: editor },
          ]}
        />
      )}
      <CustomerDrawer customerId={openId} onClose={() => setOpenId(null)} onChanged={refresh} />
    </>
  );
}
