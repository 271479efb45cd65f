import type { CustomersQuery } from '@contract';
import { Button, Dropdown, message, notification } from 'antd';
import { useState } from 'react';
import { api, runsInDesktop } from '../../api/client';
import { ApiCallError } from '../../api/api-call-error';
import { formatCount } from '../../format/numbers';
import type { SortField, SortOrder } from '../../hooks/useCustomerList';

/** 导出: exactly what the list shows (search, filters, sort), as Excel or CSV. */
export function ExportButton(props: { query: CustomersQuery; sort: { field: SortField; order: SortOrder }; total: number; totalCapped: boolean }) {
  const [busy, setBusy] = useState(false);
  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const file = await api.call('customers.export', { query: props.query, sortField: props.sort.field, sortOrder: props.sort.order, format });
      if (runsInDesktop) {
        const reveal = () => api.call('exports.reveal', { fileName: file.fileName }).catch((e: unknown) => void message.error(e instanceof ApiCallError ? e.message : String(e)));
        notification.success({
          title: `已导出 ${formatCount(file.rows)} 位客户`,
          description: file.path,
          duration: 10,
          actions: (
            <Button type="primary" size="small" onClick={() => void reveal()}>
              在文件夹中显示
            </Button>
          ),
        });
      } else {
        const link = document.createElement('a');
        link.href = `/exports/${encodeURIComponent(file.fileName)}`;
        link.download = file.fileName;
        link.click();
        void message.success(`已导出 ${formatCount(file.rows)} 位客户：${file.fileName}`);
      }
    } catch (e) {
      void message.error(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
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
