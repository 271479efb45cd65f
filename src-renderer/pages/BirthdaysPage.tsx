import { ComingPage } from './ComingPage';

export function BirthdaysPage() {
  return (
    <ComingPage
      title="生日关怀"
      description="未来 7 天、30 天过生日的客户（公历和农历），附上按等级准备好的祝福和优惠。"
      emptyTitle="还没有客户生日"
    >
      订单里没有生日：客服在客户详情里录入，或导入会员名单后，这里会列出即将过生日的客户（此功能开发中）。第一步：导入订单。
    </ComingPage>
  );
}
