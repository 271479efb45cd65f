import type { UpcomingBirthdayDto } from '@contract';
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type HTMLAttributes } from 'react';
import { formatAge, formatBirthdayWithDate } from '../../format/birthdays';
import { formatDaysUntil } from '../../format/relative-date';
import { CopyMessageButton } from '../CopyMessageButton';
import { CustomerNameButton } from '../CustomerNameButton';
import { BirthdaySentCell } from './BirthdaySentCell';

const rowKey = (item: UpcomingBirthdayDto) => `${item.customerId}-${item.cycleYear}`;

// Typed as the row's attributes: the test id is a data-* attribute React passes through.
const rowAttributes = () => ({ 'data-testid': 'birthday-row' }) as HTMLAttributes<HTMLElement>;

/** The birthdays of the window, soonest first: when, who, the ready message, and whether it went out. */
export function BirthdayTable(props: {
  items: readonly UpcomingBirthdayDto[];
  staffId: number | null;
  timeZone: string | undefined;
  loading: boolean;
  onChanged(): void;
  onOpenCustomer(id: number): void;
}) {
  // The row whose message was copied last: its 标记已发送 becomes the highlighted next step.
  const [copied, setCopied] = useState<string | null>(null);

  const columns: ColumnsType<UpcomingBirthdayDto> = [
    {
      title: '日期',
      key: 'date',
      width: 120,
      render: (_, item) => (
        <Flex vertical>
          <span>{item.date}</span>
          <Typography.Text type={item.daysUntil === 0 ? 'danger' : 'secondary'}>{formatDaysUntil(item.daysUntil)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: '客户',
      key: 'customer',
      width: 150,
      render: (_, item) => <CustomerNameButton customerId={item.customerId} buyerNick={item.buyerNick} receiverName={item.receiverName} onOpen={props.onOpenCustomer} />,
    },
    { title: '生日', key: 'birthday', width: 170, render: (_, item) => formatBirthdayWithDate(item) },
    { title: '年龄', key: 'age', width: 70, render: (_, item) => formatAge(item.age) },
    { title: '等级', dataIndex: 'tierName', key: 'tierName', width: 100, render: (name: string) => <Tag>{name}</Tag> },
    {
      title: '祝福',
      key: 'message',
      render: (_, item) => (
        <Flex gap={8} align="flex-start">
          <Typography.Paragraph style={{ margin: 0, flex: 1, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3, expandable: 'collapsible' }}>
            {item.message}
          </Typography.Paragraph>
          <CopyMessageButton
            message={item.message}
            copiedHint="祝福已复制。发出后，点「标记已发送」。"
            testId="copy-offer"
            onCopied={() => setCopied(rowKey(item))}
          />
        </Flex>
      ),
    },
    {
      title: '状态',
      key: 'sent',
      width: 210,
      render: (_, item) => (
        <BirthdaySentCell item={item} staffId={props.staffId} justCopied={copied === rowKey(item)} timeZone={props.timeZone} onChanged={props.onChanged} />
      ),
    },
  ];

  return (
    <Table<UpcomingBirthdayDto>
      size="small"
      data-testid="birthday-table"
      columns={columns}
      dataSource={[...props.items]}
      rowKey={rowKey}
      onRow={rowAttributes}
      loading={props.loading}
      pagination={props.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: '这段时间没有要关怀的客户。' }}
    />
  );
}
