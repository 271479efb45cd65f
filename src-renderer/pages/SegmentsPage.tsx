import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import type { PredictionModelDto, RfmSegmentDto } from '@contract';
import { lazy, Suspense, useEffect, useState } from 'react';
import { api } from '../api/client';
import { useNavigate } from 'react-router-dom';
import { EmptyGuide } from '../components/EmptyGuide';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { PredictionModelLine } from '../components/predictions/PredictionModelLine';
import { RfmGridCard } from '../components/segments/RfmGridCard';
import { SegmentFlowCard } from '../components/segments/SegmentFlowCard';
import { SegmentTasksModal } from '../components/segments/SegmentTasksModal';
import { SegmentSettingsBar } from '../components/segments/SegmentSettingsBar';
import { SegmentTable } from '../components/segments/SegmentTable';
import { formatCutoffs, formatSegmentsScope } from '../format/rfm';
import { useApiQuery } from '../hooks/useApiQuery';
import { useSegmentDraft } from '../hooks/useSegmentDraft';

// echarts is big; loaded with the first chart instead of with every screen.
const SegmentChart = lazy(() => import('../components/segments/SegmentChart').then((module) => ({ default: module.SegmentChart })));

/** 客户分层: the 8 RFM segments with their sizes, money and suggested actions, and the R×F grid. */
export function SegmentsPage() {
  const segments = useSegmentDraft();
  const navigate = useNavigate();
  const [tasksFor, setTasksFor] = useState<RfmSegmentDto | null>(null);
  const data = segments.shown.data;
  const predictions = useApiQuery('predictions.segments', segments.shownInput);
  const { reload: reloadPredictions } = predictions;
  useEffect(() => api.on('predictions.changed', reloadPredictions), [reloadPredictions]);
  // 重新计算 answers at once with `computing`; the line shows that until the event reloads.
  const [recomputing, setRecomputing] = useState<PredictionModelDto | null>(null);
  const model = recomputing && predictions.data?.model.computedAt === recomputing.computedAt ? recomputing : predictions.data?.model;
  const ready = predictions.data?.model.status === 'ready' ? predictions.data.segments : undefined;

  return (
    <>
      <PageHeading title="客户分层" description="按最近购买（R）、购买次数（F）和消费金额（M）把客户分成 8 类，每类给出建议做法。" />
      {segments.shown.error && <LoadError error={segments.shown.error} onRetry={segments.shown.reload} />}
      {!data && !segments.shown.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && data.customers === 0 && (
        <EmptyGuide
          title="还没有可分层的客户"
          actions={
            <Button type="primary" onClick={() => navigate('/import')}>
              先导入订单
            </Button>
          }
        >
          分层按有效订单（已付款，扣除退款）计算。导入订单后，这里会显示每一类客户的人数和贡献。
        </EmptyGuide>
      )}
      {data && data.customers > 0 && segments.draft && (
        <Flex vertical gap={16}>
          <Card size="small">
            <SegmentSettingsBar
              draft={segments.draft}
              changed={segments.changed}
              saving={segments.saving}
              onChange={segments.setDraft}
              onSave={() => void segments.save()}
              onReset={segments.reset}
            />
          </Card>
          <Flex vertical gap={4}>
            <Typography.Text data-testid="rfm-scope">{formatSegmentsScope(data)}</Typography.Text>
            <Typography.Text type="secondary">{formatCutoffs(data.mode, data.cutoffs)}</Typography.Text>
            {model && <PredictionModelLine model={model} mayRecompute onRecompute={setRecomputing} />}
          </Flex>
          <Card size="small" title="各类客户">
            <Flex vertical gap={12}>
              <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 320 }} />}>
                <SegmentChart segments={data.segments} />
              </Suspense>
              <SegmentTable
                segments={data.segments}
                loading={segments.shown.loading}
                onShowCustomers={(segment) => segment.query && navigate('/customers', { state: { filters: segment.query, from: segment.name } })}
                onCreateTasks={segments.changed ? undefined : setTasksFor}
                predictions={ready}
              />
              {data.segments.every((s) => s.query === null) && data.customers > 0 && (
                <Typography.Text type="secondary">按近 12/24 个月或过去某天分层时，客户列表无法按同样的数字筛选；选「全部订单」可以查看每一类的客户。</Typography.Text>
              )}
            </Flex>
          </Card>
          <RfmGridCard grid={data.grid} />
          {tasksFor && <SegmentTasksModal segment={tasksFor} onClose={() => setTasksFor(null)} />}
          {segments.today && <SegmentFlowCard key={segments.savedKey} segments={data.segments} today={segments.today} />}
        </Flex>
      )}
    </>
  );
}
