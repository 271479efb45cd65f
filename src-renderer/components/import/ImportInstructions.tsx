import { Card } from 'antd';

/** Where the two files come from in 千牛, shown until files are chosen. */
export function ImportInstructions() {
  return (
    <Card title="还没有文件？先在千牛导出订单" className="steps-card">
      <ol>
        <li>打开千牛卖家工作台，进入「交易」→「已卖出的宝贝」。</li>
        <li>选好下单时间范围，点「批量导出」，勾选订单报表和宝贝报表。</li>
        <li>
          下载得到两个文件：ExportOrderList（订单报表）和 ExportOrderDetailList（宝贝报表），保存在电脑上，不要用 Excel
          另存（Excel 会把订单编号改成科学计数法）。
        </li>
        <li>把这两个文件一起拖到上面的框里，先预览，确认后再导入。同一文件导入两次不会重复。</li>
      </ol>
    </Card>
  );
}
