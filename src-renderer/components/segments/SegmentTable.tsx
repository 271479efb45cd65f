import type { RfmSegmentDto } from '@contract';
import { Button, Table, Tag, Typography } from 'antd';
import { formatSegmentFlags, formatShare } from '../../format/rfm';
import { formatCount, formatFen } from '../../format/numbers';

/** The 8 segments: who they are, how many, what they spent, and what to do with them. */
export function SegmentTable(props: {
  segments: readonly RfmSegmentDto[];
  loading: boolean;
  onShowCustomers(segment: RfmSegmentDto): void;
  /** Absent while a draft is shown: tasks follow the saved way only. */
  onCreateTasks?: (segment: RfmSegmentDto) => void;
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
