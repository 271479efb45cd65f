import { Tabs } from 'antd';
import { useState } from 'react';
import { CareRulesTab } from '../components/follow-ups/CareRulesTab';
import { MyTasksTab } from '../components/follow-ups/MyTasksTab';
import { StaffFiguresTab } from '../components/follow-ups/StaffFiguresTab';
import { PageHeading } from '../components/PageHeading';
import { useSession } from '../hooks/session-context';

type TabKey = 'tasks' | 'figures' | 'rules';

/** 今日跟进: staff work through their list; the owner reads the figures and sets the rules. */
export function FollowUpsPage() {
  const [tab, setTab] = useState<TabKey>('tasks');
  // The figures and the rules are the owner's; a 客服 has just their list, so no tabs at all.
  const { isOwner } = useSession();
  if (!isOwner) {
    return (
      <>
        <PageHeading title="今日跟进" description="每天要联系的客户：为什么联系、哪笔订单、准备好的话术。复制、发送、记下客户说了什么。" />
        <MyTasksTab />
      </>
    );
  }
  return (
    <>
      <PageHeading title="今日跟进" description="每天要联系的客户：为什么联系、哪笔订单、准备好的话术。复制、发送、记下客户说了什么。" />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        // Each tab loads afresh when shown: a rule saved in 跟进规则 shows in 我的任务 at once.
        destroyOnHidden
        items={[
          { key: 'tasks', label: '我的任务', children: <MyTasksTab onShowRules={() => setTab('rules')} /> },
          { key: 'figures', label: '客服工作量', children: <StaffFiguresTab /> },
          { key: 'rules', label: '跟进规则', children: <CareRulesTab /> },
        ]}
      />
    </>
  );
}
