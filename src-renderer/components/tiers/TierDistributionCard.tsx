import type { TierProgramDto } from '@contract';
import { Card, Flex, Skeleton } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { tierDistribution } from '../../format/tiers';
import { TierDistributionTable } from './TierDistributionTable';

// echarts is big; loaded with the first chart instead of with every screen.
const TierDistributionChart = lazy(() => import('./TierDistributionChart').then((module) => ({ default: module.TierDistributionChart })));

/** 各等级人数: the chart, and the table with the exact numbers under it. */
export function TierDistributionCard(props: { program: TierProgramDto }) {
  const bars = useMemo(() => tierDistribution(props.program), [props.program]);
  return (
    <Card title="各等级人数" size="small">
      <Flex vertical gap={12}>
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 280 }} />}>
          <TierDistributionChart bars={bars} />
        </Suspense>
        <TierDistributionTable bars={bars} />
      </Flex>
    </Card>
  );
}
