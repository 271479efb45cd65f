import { ComingPage } from './ComingPage';

export function FollowUpsPage() {
  return (
    <ComingPage
      title="今日跟进"
      description="客服每天早上的工作清单：今天要回访的客户、为什么回访、准备好的话术。"
      emptyTitle="今天还没有跟进任务"
    >
      确认收货后回访、发货提醒、生日关怀等任务会按店主设的规则每天生成在这里（此功能开发中）。第一步：导入订单。
    </ComingPage>
  );
}
