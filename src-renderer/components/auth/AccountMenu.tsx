import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@contract';
import { Button, Dropdown, Tag } from 'antd';
import { useState } from 'react';
import { useSession } from '../../hooks/session-context';
import { ChangePasswordModal } from './ChangePasswordModal';

/** Who is signed in at this window, in the header: name, 店主/客服, and 修改密码 / 退出登录. */
export function AccountMenu() {
  const session = useSession();
  const [changing, setChanging] = useState(false);
  const { account } = session;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', label: '修改密码', onClick: () => setChanging(true) },
            { type: 'divider' },
            { key: 'logout', label: '退出登录', danger: true, onClick: () => void session.signOut() },
          ],
        }}
      >
        <Button type="text" data-testid="account-menu" icon={<UserOutlined />}>
          <span data-testid="account-name">{account.name}</span>
          <Tag color={session.isOwner ? 'volcano' : 'blue'} style={{ marginInlineEnd: 0 }} data-testid="account-role">
            {ROLE_LABELS[account.role]}
          </Tag>
          <DownOutlined />
        </Button>
      </Dropdown>
      <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
