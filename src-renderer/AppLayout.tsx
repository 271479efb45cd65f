import { Layout, Menu, Typography } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { AccountMenu } from './components/auth/AccountMenu';
import { NoAccessResult } from './components/auth/NoAccessResult';
import { CurrentStaffProvider } from './components/staff/CurrentStaffProvider';
import { CurrentStaffSwitch } from './components/staff/CurrentStaffSwitch';
import { useSession } from './hooks/session-context';
import { useSettings } from './hooks/useSettings';
import { mayOpen, NAV_ENTRIES } from './navigation';

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const settings = useSettings();
  const { account } = useSession();
  const shown = NAV_ENTRIES.filter((entry) => mayOpen(entry, account.role));
  const selected = shown.find((entry) => entry.path === location.pathname)?.path ?? '/';

  return (
    <CurrentStaffProvider>
      <Layout className="app-shell">
        <Layout.Sider width={196} theme="light" className="app-sider">
          <div className="app-brand">
            <span className="app-brand-mark">掌</span>
            <span className="app-brand-name">掌柜客户本</span>
          </div>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={shown.map((entry) => ({ key: entry.path, icon: entry.icon, label: entry.label }))}
            onClick={({ key }) => navigate(key)}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header className="app-header">
            <Typography.Text className="app-shop-name" data-testid="shop-name">
              {settings?.shopName || '未命名店铺'}
            </Typography.Text>
            <div className="app-header-end">
              <CurrentStaffSwitch />
              <AccountMenu />
            </div>
          </Layout.Header>
          <Layout.Content className="app-content">
            <Routes>
              {/* Every page keeps its route: a 客服 typing an owner's address is told why, not sent elsewhere. */}
              {NAV_ENTRIES.map((entry) => (
                <Route key={entry.path} path={entry.path} element={mayOpen(entry, account.role) ? <entry.page /> : <NoAccessResult />} />
              ))}
              <Route path="*" element={<HomeRedirect />} />
            </Routes>
          </Layout.Content>
        </Layout>
      </Layout>
    </CurrentStaffProvider>
  );
}

function HomeRedirect() {
  const Home = NAV_ENTRIES[0]!.page;
  return <Home />;
}
