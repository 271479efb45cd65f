import type { CustomersQuery } from '@contract';
import { Button, Dropdown } from 'antd';
import { api } from '../../api/client';
import { formatCount } from '../../format/numbers';
import { useExportFile } from '../../hooks/useExportFile';
import type { SortField, SortOrder } from '../../hooks/useCustomerList';

/** 导出: exactly what the list shows (search, filters, sort), as Excel or CSV. */
export function ExportButton(props: { query: CustomersQuery; sort: { field: SortField; order: SortOrder }; total: number; totalCapped: boolean }) {
  const { busy, run: runExport } = useExportFile();
  const run = (format: 'xlsx' | 'csv') =>
    runExport(
      () => api.call('customers.export', { query: props.query, sortField: props.sort.field, sortOrder: props.sort.order, format }),
      (file) => `${formatCount(file.rows)} 位客户`,
    );
  return (
    <Dropdown
      disabled={props.total === 0 || props.totalCapped}
      menu={{
        items: [
          { key: 'xlsx', label: '导出 Excel（.xlsx）', onClick: () => void run('xlsx') },
          { key: 'csv', label: '导出 CSV（UTF-8，Excel 可直接打开）', onClick: () => void run('csv') },
        ],
      }}
    >
      <Button loading={busy} title={props.totalCapped ? '搜索匹配的客户太多：多输入几个字，或改用筛选，再导出' : undefined}>
        导出 {props.total > 0 && !props.totalCapped ? `${formatCount(props.total)} 位` : ''}
      </Button>
    </Dropdown>
  );
}
