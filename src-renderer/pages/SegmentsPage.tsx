import { ComingPage } from './ComingPage';

export function SegmentsPage() {
  return (
    <ComingPage
      title="客户分层"
      description="按最近购买、购买次数和消费金额（RFM）把客户分成重要价值客户等 8 类，并给出建议做法。"
      emptyTitle="还没有可分层的客户"
    >
      分层需要订单数据：导入订单后，这里会显示每一类客户的人数和贡献（此功能开发中）。
    </ComingPage>
  );
}
