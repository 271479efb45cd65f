import { ROLE_LABELS, type AccountDto } from '@contract';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../format/api-error';
import { formatLastLogin } from '../../format/accounts';
import { useCurrentStaff } from '../../hooks/current-staff-context';
import type { QueryState } from '../../hooks/useApiQuery';
import { useSettings } from '../../hooks/useSettings';
import { LoadError } from '../LoadError';
import { AccountCreateModal } from './AccountCreateModal';
import { ResetPasswordModal } from './ResetPasswordModal';

/** 账号: who may log in — the owner and one account per 客服 — and what each 客服 may see. */
export function AccountsCard(props: { accounts: QueryState<AccountDto[]> }) {
  const { accounts } = props;
  const staff = useCurrentStaff().staffQuery;
  const timeZone = useSettings()?.timeZone ?? 'Asia/Shanghai';
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<AccountDto | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const { message } = App.useApp();

  const update = async (account: AccountDto, change: { active?: boolean; canRevealPhones?: boolean }, done: string) => {
    setBusyId(account.id);
    try {
      await api.call('accounts.update', { id: account.id, ...change });
      void message.success(done);
      accounts.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusyId(null);
    }
  };

  const columns: ColumnsType<AccountDto> = [
    { title: '账号', key: 'name', render: (_, a) => <Typography.Text strong>{a.name}</Typography.Text> },
    { title: '角色', key: 'role', render: (_, a) => <Tag color={a.role === 'owner' ? 'volcano' : 'blue'}>{ROLE_LABELS[a.role]}</Tag> },
    { title: '客服', key: 'staff', render: (_, a) => a.staffName ?? '—' },
    {
      title: '可查看号码',
      key: 'reveal',
      render: (_, a) =>
        a.role === 'owner' ? (
          <Typography.Text type="secondary">始终可以</Typography.Text>
        ) : (
          <Switch
            size="small"
            aria-label={`${a.name} 可查看号码`}
            checked={a.canRevealPhones}
            loading={busyId === a.id}
            onChange={(on) => void update(a, { canRevealPhones: on }, on ? `「${a.name}」可以查看完整号码了` : `「${a.name}」只能看到打星号的号码`)}
          />
        ),
    },
    { title: '状态', key: 'active', render: (_, a) => (a.active ? '启用' : <Typography.Text type="secondary">已停用</Typography.Text>) },
    { title: '最后登录', key: 'lastLogin', render: (_, a) => formatLastLogin(a, timeZone) },
    {
      title: '操作',
      key: 'actions',
      render: (_, a) =>
        a.role === 'owner' ? (
          <Typography.Text type="secondary">右上角修改密码</Typography.Text>
        ) : (
          <Space size={4}>
            <Button size="small" onClick={() => setResetting(a)}>
              重置密码
            </Button>
            {a.active ? (
              <Popconfirm
                title={`停用「${a.name}」？`}
                description="停用后这个账号马上退出、不能再登录；做过的记录都保留，可以再启用。"
                okText="停用"
                cancelText="取消"
                onConfirm={() => update(a, { active: false }, `已停用「${a.name}」`)}
              >
                <Button size="small" danger loading={busyId === a.id}>
                  停用
                </Button>
              </Popconfirm>
            ) : (
              <Button size="small" loading={busyId === a.id} onClick={() => void update(a, { active: true }, `已启用「${a.name}」`)}>
                启用
              </Button>
            )}
          </Space>
        ),
    },
  ];

  return (
    <Card
      title="账号"
      data-testid="accounts-card"
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          新增客服账号
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        每位客服用自己的账号登录：只能打开首页、客户、今日跟进和生日关怀，看到的手机号中间四位打星号（除非打开「可查看号码」）。导入、导出、报表和设置只有店主能用。
      </Typography.Paragraph>
      {accounts.error && <LoadError error={accounts.error} onRetry={accounts.reload} />}
      <Table<AccountDto> size="small" rowKey="id" columns={columns} dataSource={accounts.data ?? []} loading={accounts.loading && !accounts.data} pagination={false} />
      <AccountCreateModal
        open={creating}
        accounts={accounts.data ?? []}
        staff={staff.data ?? []}
        onClose={() => setCreating(false)}
        onCreated={() => {
          accounts.reload();
          // A new 客服 of the account's name shows in 客服 and in 我是 at once.
          staff.reload();
        }}
      />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </Card>
  );
}
