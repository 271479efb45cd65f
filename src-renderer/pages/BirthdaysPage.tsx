import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { BirthdaysEmptyGuide } from '../components/birthdays/BirthdaysEmptyGuide';
import { BirthdaysFromPicker } from '../components/birthdays/BirthdaysFromPicker';
import { BirthdayTable } from '../components/birthdays/BirthdayTable';
import { MemberListImportModal } from '../components/birthdays/MemberListImportModal';
import { CustomerDrawer } from '../components/customers/CustomerDrawer';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { formatUpcomingCount } from '../format/birthdays';
import { todayIn } from '../format/relative-date';
import { useCurrentStaff } from '../hooks/current-staff-context';
import { useSession } from '../hooks/session-context';
import { useApiQuery } from '../hooks/useApiQuery';
import { useSettings } from '../hooks/useSettings';

type WindowDays = 7 | 30;

/** 生日关怀: who has a birthday soon, the message ready to paste, and whether it went out this year. */
export function BirthdaysPage() {
  const [days, setDays] = useState<WindowDays>(7);
  // The day the owner picked; until then the server's today (the shop's date, not the PC's).
  const [from, setFrom] = useState<string | undefined>();
  const upcoming = useApiQuery('birthdays.upcoming', from === undefined ? { days } : { from, days });
  // 我是 in the header: 已发送 records who sent it.
  const me = useCurrentStaff();
  // Importing a member list is the owner's; 客服 enter a birthday in the customer's drawer.
  const { isOwner } = useSession();
  const timeZone = useSettings()?.timeZone;
  const [importing, setImporting] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const data = upcoming.data;
  // Shown before the first answer too; the PC's zone only until the shop's is known.
  const shownFrom = from ?? data?.from ?? todayIn(timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const nothingAtAll = data !== undefined && data.items.length === 0 && data.leftOut === 0;

  return (
    <>
      <PageHeading
        title="生日关怀"
        description="未来几天过生日的客户（公历和农历），附上按等级准备好的祝福和优惠：复制、发送、标记已发送。"
        extra={
          isOwner && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入会员生日
            </Button>
          )
        }
      />
      {upcoming.error && <LoadError error={upcoming.error} onRetry={upcoming.reload} />}
      <Flex vertical gap={12}>
        <div className="list-toolbar">
          <Space wrap>
            <BirthdaysFromPicker value={shownFrom} onChange={setFrom} />
            <Segmented<WindowDays>
              aria-label="时间范围"
              value={days}
              onChange={setDays}
              options={[
                { value: 7, label: '未来 7 天' },
                { value: 30, label: '未来 30 天' },
              ]}
            />
          </Space>
          {data && (
            <Typography.Text className="list-count" data-testid="birthday-count">
              {data.from} 至 {data.to} · {formatUpcomingCount(data.items.length, data.leftOut)}
            </Typography.Text>
          )}
        </div>
        {nothingAtAll ? (
          <BirthdaysEmptyGuide window={data} onImport={isOwner ? () => setImporting(true) : undefined} />
        ) : (
          <BirthdayTable
            items={data?.items ?? []}
            staffId={me.staffId}
            timeZone={timeZone}
            loading={upcoming.loading && !data}
            onChanged={upcoming.reload}
            onOpenCustomer={setOpenId}
          />
        )}
      </Flex>
      <MemberListImportModal
        open={isOwner && importing}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          upcoming.reload();
        }}
      />
      <CustomerDrawer customerId={openId} onClose={() => setOpenId(null)} onChanged={upcoming.reload} />
    </>
  );
}
