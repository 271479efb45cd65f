import type { SettingsDto } from '@contract';
import { App, Button, Card, Descriptions, Flex, Form, Input, Select, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../api/api-call-error';
import { LoadError } from '../components/LoadError';
import { PageHeading } from '../components/PageHeading';
import { StaffCard } from '../components/settings/StaffCard';
import { BackupsCard } from '../components/settings/BackupsCard';
import { AccountsCard } from '../components/settings/AccountsCard';
import { AuditLogCard } from '../components/settings/AuditLogCard';
import { LanAccessCard } from '../components/settings/LanAccessCard';
import { useApiQuery } from '../hooks/useApiQuery';

const TIME_ZONES = [
  { value: 'Asia/Shanghai', label: '北京时间（Asia/Shanghai）' },
  { value: 'Asia/Hong_Kong', label: '香港时间（Asia/Hong_Kong）' },
  { value: 'Asia/Taipei', label: '台北时间（Asia/Taipei）' },
  { value: 'Asia/Singapore', label: '新加坡时间（Asia/Singapore）' },
  { value: 'Asia/Tokyo', label: '东京时间（Asia/Tokyo）' },
  { value: 'Europe/London', label: '伦敦时间（Europe/London）' },
  { value: 'America/Los_Angeles', label: '洛杉矶时间（America/Los_Angeles）' },
];

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {});
  const info = useApiQuery('app.info', {});
  // One list for 账号 and the account filter of 操作记录, so a new account shows in both.
  const accounts = useApiQuery('accounts.list', {});

  return (
    <>
      <PageHeading title="设置" description="店铺名称和时区（订单日期、生日和每日任务都按这个时区计算）、店里的客服和他们的账号、操作记录、店内多电脑访问，以及客户本的备份。" />
      <Flex vertical gap={16}>
        <Card title="店铺">
          {settings.error && <LoadError error={settings.error} onRetry={settings.reload} />}
          {settings.data ? <ShopForm initial={settings.data} /> : !settings.error && <Skeleton active />}
        </Card>
        <StaffCard />
        <AccountsCard accounts={accounts} />
        <LanAccessCard />
        <AuditLogCard accounts={accounts.data ?? []} />
        <BackupsCard />
        <Card title="关于">
          {info.data && (
            <Descriptions column={1} size="small">
              <Descriptions.Item label="版本">{info.data.version}</Descriptions.Item>
              <Descriptions.Item label="数据库文件">{info.data.databasePath}</Descriptions.Item>
              <Descriptions.Item label="数据库版本">{info.data.schemaVersion}</Descriptions.Item>
            </Descriptions>
          )}
          {info.error && <LoadError error={info.error} onRetry={info.reload} />}
        </Card>
      </Flex>
    </>
  );
}

function ShopForm(props: { initial: SettingsDto }) {
  const [form] = Form.useForm<SettingsDto>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const zones = TIME_ZONES.some((z) => z.value === props.initial.timeZone)
    ? TIME_ZONES
    : [{ value: props.initial.timeZone, label: props.initial.timeZone }, ...TIME_ZONES];

  useEffect(() => form.setFieldsValue(props.initial), [form, props.initial]);

  const save = async (values: SettingsDto) => {
    setSaving(true);
    try {
      const saved = await api.call('settings.update', values);
      form.setFieldsValue(saved);
      void message.success('已保存');
    } catch (error) {
      if (error instanceof ApiCallError && error.details.length > 0) {
        form.setFields(error.details.map((d) => ({ name: d.path as keyof SettingsDto, errors: [d.message] })));
      } else {
        void message.error(error instanceof Error ? error.message : '保存失败，请重试。');
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={props.initial} onFinish={save} style={{ maxWidth: 480 }}>
      <Form.Item label="店铺名称" name="shopName" rules={[{ max: 60, message: '店铺名称最多 60 个字' }]}>
        <Input placeholder="例如：小蜜蜂女装旗舰店" maxLength={60} showCount />
      </Form.Item>
      <Form.Item label="时区" name="timeZone">
        <Select options={zones} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        保存
      </Button>
    </Form>
  );
}
