import type { TierChangeDto } from '@contract';
import { Card, Flex, Segmented, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatCount } from '../../format/numbers';
import { TIER_CAUSE_TEXT } from '../../format/tiers';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LoadError } from '../LoadError';
import { CustomerNameButton } from '../CustomerNameButton';

const PAGE_SIZE = 20;
export type UpgradeDays = 7 | 30;

function columns(onOpen: (id: number) => void): ColumnsType<TierChangeDto> {
  return [
    {
      title: '客户',
      key: 'customer',
      render: (_, change) => <CustomerNameButton customerId={change.customerId} buyerNick={change.buyerNick} receiverName={change.receiverName} onOpen={onOpen} />,
    },
    { title: '从 → 到', key: 'move', render: (_, change) => `${change.fromName} → ${change.toName}` },
    {
      title: '原因',
      key: 'cause',
      render: (_, change) => (
        <Tooltip title={change.reason ?? undefined}>
          <span>{TIER_CAUSE_TEXT[change.cause]}</span>
        </Tooltip>
      ),
    },
    { title: '日期', dataIndex: 'changedOn', key: 'changedOn', width: 120 },
  ];
}

/** 升级名单: who moved up lately, to thank them or tell them about their new benefits. */
export function TierUpgradesCard(props: { days: UpgradeDays; onDaysChange(days: UpgradeDays): void; onOpenCustomer(id: number): void }) {
  const [page, setPage] = useState(1);
  const upgrades = useApiQuery('tiers.upgrades', { days: props.days, page, pageSize: PAGE_SIZE });
  const total = upgrades.data?.total;
  return (
    <Card
      size="small"
      title="升级名单"
      extra={
        <Flex gap={12} align="center">
          {total !== undefined && <Typography.Text data-testid="upgrades-count">共 {formatCount(total)} 次升级</Typography.Text>}
          <Segmented<UpgradeDays>
            aria-label="升级名单的时间范围"
            value={props.days}
            onChange={(days) => {
              setPage(1);
              props.onDaysChange(days);
            }}
            options={[
              { value: 7, label: '近 7 天' },
              { value: 30, label: '近 30 天' },
            ]}
          />
        </Flex>
      }
    >
      {upgrades.error && <LoadError error={upgrades.error} onRetry={upgrades.reload} />}
      <Table<TierChangeDto>
        size="small"
        data-testid="tier-upgrades"
        columns={columns(props.onOpenCustomer)}
        dataSource={upgrades.data?.items ?? []}
        rowKey="id"
        loading={upgrades.loading && !upgrades.data}
        locale={{ emptyText: `近 ${props.days} 天没有客户升级。导入新订单后，达到门槛的客户会出现在这里。` }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: total ?? 0, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage }}
      />
    </Card>
  );
}
