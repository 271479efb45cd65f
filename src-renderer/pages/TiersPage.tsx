import { ComingPage } from './ComingPage';

export function TiersPage() {
  return (
    <ComingPage
      title="会员等级"
      description="普通会员、高级会员、VIP会员、至尊VIP：按累计消费或购买次数自动升级。"
      emptyTitle="还没有会员等级"
    >
      这里将显示等级规则、各等级人数和最近升级的客户（此功能开发中）。等级按订单计算，第一步：导入订单。
    </ComingPage>
  );
}
