import type { PredictionSegmentsDto, RfmSegmentDto } from '@contract';
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatSegmentFlags, formatShare } from '../../format/rfm';
import { formatCount, formatFen } from '../../format/numbers';
import { PAliveTag } from '../predictions/PAliveTag';

type SegmentPrediction = PredictionSegmentsDto['segments'][number];

/** What the predictions say of each segment: shown only while the models are ready. */
function predictionColumns(predictions: readonly SegmentPrediction[]): ColumnsType<RfmSegmentDto> {
  const of = (segment: RfmSegmentDto) => predictions.find((p) => p.key === segment.key);
  const columns: ColumnsType<RfmSegmentDto> = [
    {
      title: '平均活跃概率',
      key: 'meanPAlive',
      align: 'right',
      render: (_: unknown, segment) => {
        const p = of(segment);
        return p ? <PAliveTag pAlive={p.meanPAlive} unknownHint="这一类里没有买过两次以上的客户，还看不出" /> : '—';
      },
    },
    { title: '高流失风险人数', key: 'highRisk', align: 'right', render: (_: unknown, segment) => formatCount(of(segment)?.highRisk ?? 0) },
    { title: '预测价值（12 个月）', key: 'valueFen', align: 'right', render: (_: unknown, segment) => formatFen(of(segment)?.valueFen ?? 0) },
  ];
  // Three more columns squeeze the table: their headers and figures stay on one line each, 建议做法 wraps instead.
  return columns.map((column) => ({ ...column, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }), onCell: () => ({ style: { whiteSpace: 'nowrap' } }) }));
}

/** The 8 segments: who they are, how many, what they spent, and what to do with them. */
export function SegmentTable(props: {
  segments: readonly RfmSegmentDto[];
  loading: boolean;
  onShowCustomers(segment: RfmSegmentDto): void;
  /** Absent while a draft is shown: tasks follow the saved way only. */
  onCreateTasks?: (segment: RfmSegmentDto) => void;
  /** The predictions per segment; absent (no columns) while the models are not ready. */
  predictions?: readonly SegmentPrediction[];
}) {
  return (
    <Table<RfmSegmentDto>
      size="small"
      rowKey="key"
      pagination={false}
      loading={props.loading}
      dataSource={[...props.segments]}
      data-testid="rfm-segments"
      columns={[
        {
          title: '客户类型',
          dataIndex: 'name',
          render: (name: string, segment) => (
            <span>
              <Typography.Text strong>{name}</Typography.Text>
              <Tag className="segment-flags" color={segment.valuable ? 'volcano' : 'default'}>
                {formatSegmentFlags(segment)}
              </Tag>
            </span>
          ),
        },
        { title: '人数', dataIndex: 'customers', align: 'right', render: (n: number) => formatCount(n) },
        { title: '占比', dataIndex: 'share', align: 'right', render: (share: number) => formatShare(share) },
        { title: '消费金额', dataIndex: 'monetaryFen', align: 'right', render: (fen: number) => formatFen(fen) },
        ...(props.predictions ? predictionColumns(props.predictions) : []),
        { title: '建议做法', dataIndex: 'action' },
        {
          title: '',
          key: 'customers',
          render: (_: unknown, segment) => (
            <span className="segment-actions">
              {segment.query && (
                <Button size="small" type="link" onClick={() => props.onShowCustomers(segment)}>
                  查看客户
                </Button>
              )}
              {props.onCreateTasks && segment.customers > 0 && (
                <Button size="small" type="link" onClick={() => props.onCreateTasks?.(segment)}>
                  建跟进任务
                </Button>
              )}
            </span>
          ),
        },
      ]}
    />
  );
}
