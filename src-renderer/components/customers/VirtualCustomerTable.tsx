import type { CustomerListItemDto } from '@contract';
import { Table, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { CustomerWindow } from '../../hooks/useCustomerWindow';
import { scrollWindow } from './scroll-window';

/** Every row is one line this tall (long text is cut with …), so a position is a row number. */
const ROW_HEIGHT = 44;
/** Fetch the rows in view only once scrolling pauses this long: dragging the scrollbar across 400,000 rows asks for the page where it stops. */
const FETCH_DELAY_MS = 60;

/**
 * The customer list as one scrollable column of the whole book: the header stays, only the rows
 * in view are drawn (antd's table, fed a window of rows), the rest of the height is empty space
 * that makes the scrollbar the size of the book.
 */
export function VirtualCustomerTable(props: {
  window: CustomerWindow;
  /** Changes with the query: back to the top. */
  resetKey: string;
  columns: ColumnsType<CustomerListItemDto>;
  selectedIds: number[];
  onSelect(ids: number[]): void;
  onOpen(id: number): void;
  onChange: TableProps<CustomerListItemDto>['onChange'];
  emptyText: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  const [headerHeight, setHeaderHeight] = useState(47);

  // Fill the page below whatever sits above the list (filters, the bulk bar come and go).
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const fit = () => {
      const next = Math.max(260, Math.floor(window.innerHeight - element.getBoundingClientRect().top - 16));
      setHeight((h) => (h === next ? h : next));
      const header = element.querySelector('.ant-table-thead')?.getBoundingClientRect().height;
      if (header) setHeaderHeight((h) => (h === header ? h : header));
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  });

  // Scrolling there fires onScroll, which moves the window.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [props.resetKey]);

  const total = props.window.total ?? 0;
  const view = scrollWindow({ scrollTop, viewportHeight: height, headerHeight, rowHeight: ROW_HEIGHT, rows: total });
  const { want } = props.window;
  useEffect(() => {
    if (view.last < view.first) return;
    const timer = setTimeout(() => want(view.first, view.last), FETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [want, view.first, view.last]);

  const rows: CustomerListItemDto[] = [];
  for (let index = view.first; index <= view.last; index += 1) rows.push(props.window.rowAt(index) ?? placeholder(index));

  return (
    <div ref={scroller} className="customer-scroller" style={{ height }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} tabIndex={-1}>
      <div className="customer-scroller-view" style={{ height, '--row-shift': `${-view.shift}px` } as CSSProperties}>
        <Table<CustomerListItemDto>
          rowKey="id"
          size="middle"
          className="customer-table"
          loading={props.window.loading && total === 0}
          columns={props.columns}
          dataSource={rows}
          pagination={false}
          rowSelection={{
            selectedRowKeys: props.selectedIds,
            onChange: (keys) => props.onSelect(keys as number[]),
            preserveSelectedRowKeys: true,
            // The header box would tick only the rows in view; 选中全部 in the bulk bar takes everyone.
            hideSelectAll: true,
            getCheckboxProps: (row) => ({ disabled: row.id < 0 }),
          }}
          rowClassName={(row) => (row.id < 0 ? 'row-loading' : 'clickable-row')}
          onRow={(row) => ({ onClick: () => row.id > 0 && props.onOpen(row.id) })}
          locale={{ emptyText: props.emptyText }}
          onChange={props.onChange}
        />
      </div>
      <div style={{ height: Math.max(0, view.contentHeight - height) }} />
    </div>
  );
}

/** A row whose page is on the way: drawn as a grey bar, not as a customer with no data. */
function placeholder(index: number): CustomerListItemDto {
  return {
    id: -(index + 1),
    buyerNick: null,
    receiverName: null,
    phone: null,
    province: null,
    city: null,
    tierName: null,
    orderCount: 0,
    netSpentFen: 0,
    averageOrderFen: null,
    firstOrderAt: null,
    lastOrderAt: null,
    pAlive: null,
  };
}
