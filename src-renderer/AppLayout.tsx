import { Layout, Menu, Typography } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { CurrentStaffProvider } from './components/staff/CurrentStaffProvider';
import { CurrentStaffSwitch } from './components/staff/CurrentStaffSwitch';
import { useSettings } from './hooks/useSettings';
import { NAV_ENTRIES } from './navigation';

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const settings = useSettings();
  const selected = NAV_ENTRIES.find((entry) => entry.path === location.pathname)?.path ?? '/';

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
            items={NAV_ENTRIES.map((entry) => ({ key: entry.path, icon: entry.icon, label: entry.label }))}
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
            </div>
          </Layout.Header>
          <Layout.Content className="app-content">
            <Routes>
              {NAV_ENTRIES.map((entry) => (
                <Route key={entry.path} path={entry.path} element={<entry.page />} />
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
