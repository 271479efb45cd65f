import { ROLE_LABELS, type AccountDto, type AuditEntryDto } from '@contract';
import { Button, Card, DatePicker, Flex, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { formatPeriod, formatStamp } from '../../format/accounts';
import { formatCount } from '../../format/numbers';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useExportFile } from '../../hooks/useExportFile';
import { useSettings } from '../../hooks/useSettings';
import { LoadError } from '../LoadError';

const PAGE_SIZE = 20;
const DAY = 'YYYY-MM-DD';

interface Filters {
  from: string | null;
  to: string | null;
  accountId: number | null;
}

/** 操作记录: who did what and when (logins, exports, 查看号码, changes to settings), newest first. */
export function AuditLogCard(props: { accounts: readonly AccountDto[] }) {
  const timeZone = useSettings()?.timeZone ?? 'Asia/Shanghai';
  const [filters, setFilters] = useState<Filters>({ from: null, to: null, accountId: null });
  const [page, setPage] = useState(1);
  const log = useApiQuery('audit.list', { page, pageSize: PAGE_SIZE, ...filters });
  const exporting = useExportFile();
  const filter = (change: Partial<Filters>) => {
    setFilters((before) => ({ ...before, ...change }));
    setPage(1);
  };
  const exportAs = (format: 'xlsx' | 'csv') =>
    exporting.run(
      () => api.call('audit.export', { format, from: filters.from, to: filters.to }),
      (file) => `${formatCount(file.rows)} 条操作记录（${formatPeriod(filters.from, filters.to)}）`,
    );

  const columns: ColumnsType<AuditEntryDto> = [
    { title: '时间', key: 'at', width: 150, render: (_, e) => formatStamp(e.at, timeZone) },
    { title: '账号', key: 'account', render: (_, e) => e.accountName },
    { title: '角色', key: 'role', width: 64, render: (_, e) => (e.role ? ROLE_LABELS[e.role] : '—') },
    { title: '位置', key: 'where', render: (_, e) => e.where || '—' },
    { title: '操作', key: 'label', render: (_, e) => <span title={e.action}>{e.label}</span> },
    { title: '详情', key: 'detail', render: (_, e) => e.detail || '—' },
  ];
  const range: [Dayjs | null, Dayjs | null] | null = filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null;

  return (
    <Card title="操作记录" data-testid="audit-card">
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          谁在什么时候、在哪台电脑上做了什么：登录、导出名单、查看号码、修改设置和规则等都会记下来。时间按店铺时区显示。
        </Typography.Paragraph>
        <div className="list-toolbar">
          <Space wrap>
            <DatePicker.RangePicker
              aria-label="日期范围"
              value={range}
              allowEmpty={[true, true]}
              onChange={(dates) => filter({ from: dates?.[0]?.format(DAY) ?? null, to: dates?.[1]?.format(DAY) ?? null })}
            />
            <Select<number>
              aria-label="账号"
              allowClear
              placeholder="全部账号"
              style={{ width: 160 }}
              value={filters.accountId ?? undefined}
              options={props.accounts.map((a) => ({ value: a.id, label: `${a.name}（${ROLE_LABELS[a.role]}）` }))}
              onChange={(id) => filter({ accountId: id ?? null })}
            />
            <Button loading={exporting.busy} onClick={() => void exportAs('xlsx')}>
              导出 Excel
            </Button>
            <Button loading={exporting.busy} onClick={() => void exportAs('csv')}>
              导出 CSV
            </Button>
          </Space>
          {log.data && <Typography.Text className="list-count">共 {formatCount(log.data.total)} 条</Typography.Text>}
        </div>
        {filters.accountId !== null && <Typography.Text type="secondary">导出的是所选日期内所有账号的记录。</Typography.Text>}
        {log.error && <LoadError error={log.error} onRetry={log.reload} />}
        <Table<AuditEntryDto>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={log.data?.items ?? []}
          loading={log.loading}
          locale={{ emptyText: '这段时间没有操作记录。' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: log.data?.total ?? 0, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage }}
        />
      </Flex>
    </Card>
  );
}
