import type { StaffFollowUpFiguresRowDto } from '@contract';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { figuresStaffName, formatAverageSatisfaction } from '../../format/follow-up-figures';
import { formatCount } from '../../format/numbers';

const count = (n: number) => formatCount(n);

const COLUMNS: ColumnsType<StaffFollowUpFiguresRowDto> = [
  { title: '客服', key: 'staff', render: (_, row) => figuresStaffName(row.staff) },
  { title: '到期任务', dataIndex: 'due', key: 'due', align: 'right', render: count },
  { title: '按时完成', dataIndex: 'doneOnTime', key: 'doneOnTime', align: 'right', render: count },
  { title: '逾期完成', dataIndex: 'doneLate', key: 'doneLate', align: 'right', render: count },
  { title: '逾期未处理', dataIndex: 'overdue', key: 'overdue', align: 'right', render: count },
  { title: '跳过', dataIndex: 'skipped', key: 'skipped', align: 'right', render: count },
  { title: '平均满意度', dataIndex: 'averageSatisfaction', key: 'averageSatisfaction', align: 'right', render: formatAverageSatisfaction },
  { title: '发现问题', dataIndex: 'problemsFound', key: 'problemsFound', align: 'right', render: count },
  { title: '30 天内复购', dataIndex: 'repurchasedWithin30Days', key: 'repurchasedWithin30Days', align: 'right', render: count },
];

/** The exact figures under the chart, one row per staff member (and 未分配). */
export function StaffFiguresTable(props: { rows: readonly StaffFollowUpFiguresRowDto[]; loading: boolean }) {
  return (
    <Table<StaffFollowUpFiguresRowDto>
      size="small"
      data-testid="staff-figures"
      columns={COLUMNS}
      dataSource={[...props.rows]}
      rowKey={(row) => row.staff?.id ?? 0}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: '这段时间没有到期的跟进任务。' }}
    />
  );
}
