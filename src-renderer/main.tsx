import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
import { AppLayout } from './AppLayout';
import { SessionGate } from './components/auth/SessionGate';
import './styles.css';

dayjs.locale('zh-cn');

// 微软雅黑 first: most owners run Windows; the others cover macOS and Linux.
const FONT_FAMILY =
  "'Microsoft YaHei', '微软雅黑', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { fontFamily: FONT_FAMILY, colorPrimary: '#d4380d' } }}>
      <AntApp>
        <HashRouter>
          <SessionGate>
            <AppLayout />
          </SessionGate>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
