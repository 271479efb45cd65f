import { ComingPage } from './ComingPage';

export function ReportsPage() {
  return (
    <ComingPage
      title="报表"
      description="销售额、订单、新老客户、复购率和客服回访效果，可导出 Excel 和 PDF。"
      emptyTitle="还没有报表数据"
    >
      报表由导入的订单计算：导入订单后，这里会按所选时间段显示各项数字和图表（此功能开发中）。
    </ComingPage>
  );
}
