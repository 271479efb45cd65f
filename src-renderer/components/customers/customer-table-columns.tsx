import { NON_MEMBER_TIER_NAME, type CustomerListColumn, type CustomerListItemDto } from '@contract';
import type { ColumnsType } from 'antd/es/table';
import { formatFen } from '../../format/numbers';
import type { SortField, SortOrder } from '../../hooks/useCustomerList';
import { PAliveTag } from '../predictions/PAliveTag';

export const COLUMN_LABELS: Record<CustomerListColumn, string> = {
  buyerNick: '买家',
  receiverName: '收货人',
  phone: '手机',
  region: '地区',
  tier: '会员等级',
  orderCount: '订单数',
  netSpentFen: '累计消费',
  averageOrderFen: '客单价',
  firstOrderAt: '首次购买',
  lastOrderAt: '最近购买',
  pAlive: '活跃概率',
};

const dash = (text: string | null | undefined) => (text ? text : '—');

const ALL: Record<CustomerListColumn, ColumnsType<CustomerListItemDto>[number] & { sortField?: SortField }> = {
  buyerNick: { key: 'buyerNick', title: COLUMN_LABELS.buyerNick, dataIndex: 'buyerNick', render: dash, ellipsis: true },
  receiverName: { key: 'receiverName', title: COLUMN_LABELS.receiverName, dataIndex: 'receiverName', render: dash },
  phone: { key: 'phone', title: COLUMN_LABELS.phone, dataIndex: 'phone', render: dash },
  region: { key: 'region', title: COLUMN_LABELS.region, render: (_, row) => dash([row.province, row.city].filter(Boolean).join(' ')) },
  tier: { key: 'tier', title: COLUMN_LABELS.tier, dataIndex: 'tierName', render: (name: string | null) => name ?? NON_MEMBER_TIER_NAME },
  orderCount: { key: 'orderCount', title: COLUMN_LABELS.orderCount, dataIndex: 'orderCount', align: 'right', sortField: 'orderCount' },
  netSpentFen: { key: 'netSpentFen', title: COLUMN_LABELS.netSpentFen, dataIndex: 'netSpentFen', align: 'right', render: (fen: number) => formatFen(fen), sortField: 'netSpentFen' },
  averageOrderFen: {
    key: 'averageOrderFen',
    title: COLUMN_LABELS.averageOrderFen,
    dataIndex: 'averageOrderFen',
    align: 'right',
    render: (fen: number | null) => (fen === null ? '—' : formatFen(fen)),
  },
  firstOrderAt: { key: 'firstOrderAt', title: COLUMN_LABELS.firstOrderAt, dataIndex: 'firstOrderAt', render: (at: string | null) => at?.slice(0, 10) ?? '—', sortField: 'firstOrderAt' },
  lastOrderAt: { key: 'lastOrderAt', title: COLUMN_LABELS.lastOrderAt, dataIndex: 'lastOrderAt', render: (at: string | null) => at?.slice(0, 10) ?? '—', sortField: 'lastOrderAt' },
  pAlive: { key: 'pAlive', title: COLUMN_LABELS.pAlive, dataIndex: 'pAlive', align: 'right', render: (pAlive: number | null) => <PAliveTag pAlive={pAlive} />, sortField: 'pAlive' },
};

/**
 * The visible columns, in the chosen order; sortable ones show the server's current sort.
 * `unknownPAlive`: why no customer has a 活跃概率 while the models are not ready.
 */
export function customerTableColumns(visible: readonly CustomerListColumn[], sort: { field: SortField; order: SortOrder }, unknownPAlive?: string | null): ColumnsType<CustomerListItemDto> {
  return visible.map((key) => {
    const { sortField, ...column } = key === 'pAlive' && unknownPAlive ? { ...ALL.pAlive, render: () => <PAliveTag pAlive={null} unknownHint={unknownPAlive} /> } : ALL[key];
    if (!sortField) return column;
    return {
      ...column,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      sortOrder: sort.field === sortField ? (sort.order === 'asc' ? 'ascend' : 'descend') : null,
    };
  });
}

/** The sort field of a column key, for the table's onChange. */
export function sortFieldOf(key: unknown): SortField | null {
  return typeof key === 'string' && key in ALL ? (ALL[key as CustomerListColumn].sortField ?? null) : null;
}
