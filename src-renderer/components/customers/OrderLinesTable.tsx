import type { OrderLineDto } from '@contract';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatFen } from '../../format/numbers';

const columns: ColumnsType<OrderLineDto> = [
  {
    title: '宝贝',
    key: 'item',
    render: (_, line) => (
      <>
        <div>{line.title ?? '（没有标题）'}</div>
        {line.skuProps && <Typography.Text type="secondary">{line.skuProps}</Typography.Text>}
      </>
    ),
  },
  { title: '数量', dataIndex: 'quantity', width: 56, align: 'right', render: (n: number | null) => n ?? '—' },
  { title: '实付', dataIndex: 'paidFen', width: 96, align: 'right', render: (fen: number | null) => (fen === null ? '—' : formatFen(fen)) },
  {
    title: '退款',
    key: 'refund',
    width: 140,
    render: (_, line) => (
      <>
        {line.refundFen > 0 && <div>{formatFen(line.refundFen)}</div>}
        <Typography.Text type="secondary">{line.refundStatus ?? '—'}</Typography.Text>
      </>
    ),
  },
];

/** The items of one order as the 宝贝报表 listed them. */
export function OrderLinesTable(props: { lines: OrderLineDto[] }) {
  return (
    <Table<OrderLineDto>
      rowKey="lineNo"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={props.lines}
      locale={{ emptyText: '没有宝贝明细：导入同一次导出的宝贝报表后会显示。' }}
    />
  );
}
