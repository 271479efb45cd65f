import {
  BarChartOutlined,
  CrownOutlined,
  GiftOutlined,
  HomeOutlined,
  ImportOutlined,
  PieChartOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { BirthdaysPage } from './pages/BirthdaysPage';
import { CustomersPage } from './pages/CustomersPage';
import { FollowUpsPage } from './pages/FollowUpsPage';
import { HomePage } from './pages/HomePage';
import { ImportPage } from './pages/ImportPage';
import { ReportsPage } from './pages/ReportsPage';
import { SegmentsPage } from './pages/SegmentsPage';
import { SettingsPage } from './pages/SettingsPage';
import { TiersPage } from './pages/TiersPage';

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  page: ComponentType;
}

/** The left navigation, in the order the owner and staff use the app. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/', label: '首页', icon: <HomeOutlined />, page: HomePage },
  { path: '/customers', label: '客户', icon: <TeamOutlined />, page: CustomersPage },
  { path: '/import', label: '导入订单', icon: <ImportOutlined />, page: ImportPage },
  { path: '/follow-ups', label: '今日跟进', icon: <ScheduleOutlined />, page: FollowUpsPage },
  { path: '/tiers', label: '会员等级', icon: <CrownOutlined />, page: TiersPage },
  { path: '/birthdays', label: '生日关怀', icon: <GiftOutlined />, page: BirthdaysPage },
  { path: '/segments', label: '客户分层', icon: <PieChartOutlined />, page: SegmentsPage },
  { path: '/reports', label: '报表', icon: <BarChartOutlined />, page: ReportsPage },
  { path: '/settings', label: '设置', icon: <SettingOutlined />, page: SettingsPage },
];
