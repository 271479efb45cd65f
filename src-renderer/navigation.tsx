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
import { roleMayCall, type Access, type Role } from '@contract';
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
  /** Who sees it: every signed-in account, or the owner only (the backend refuses the rest anyway). */
  access: Exclude<Access, 'public'>;
}

/** The left navigation, in the order the owner and staff use the app; 客服 see the `staff` entries only. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { path: '/', label: '首页', icon: <HomeOutlined />, page: HomePage, access: 'staff' },
  { path: '/customers', label: '客户', icon: <TeamOutlined />, page: CustomersPage, access: 'staff' },
  { path: '/import', label: '导入订单', icon: <ImportOutlined />, page: ImportPage, access: 'owner' },
  { path: '/follow-ups', label: '今日跟进', icon: <ScheduleOutlined />, page: FollowUpsPage, access: 'staff' },
  { path: '/tiers', label: '会员等级', icon: <CrownOutlined />, page: TiersPage, access: 'owner' },
  { path: '/birthdays', label: '生日关怀', icon: <GiftOutlined />, page: BirthdaysPage, access: 'staff' },
  { path: '/segments', label: '客户分层', icon: <PieChartOutlined />, page: SegmentsPage, access: 'owner' },
  { path: '/reports', label: '报表', icon: <BarChartOutlined />, page: ReportsPage, access: 'owner' },
  { path: '/settings', label: '设置', icon: <SettingOutlined />, page: SettingsPage, access: 'owner' },
];

/** Whether an account of this role may open the entry's page (the same rule the backend applies to methods). */
export function mayOpen(entry: NavEntry, role: Role): boolean {
  return roleMayCall(role, entry.access);
}
