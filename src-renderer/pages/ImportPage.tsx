import { Alert, Card, Flex } from 'antd';
import { PageHeading } from '../components/PageHeading';

export function ImportPage() {
  return (
    <>
      <PageHeading
        title="导入订单"
        description="把千牛导出的订单报表和宝贝报表导入客户本：先预览，确认后再写入；同一文件导入两次不会重复。"
      />
      <Flex vertical gap={16}>
        <Alert
          type="info"
          showIcon
          title="导入功能正在开发，下一个版本提供"
          description="现在可以先把订单导出好。导入时会先显示新订单、更新的订单和有问题的行，确认后才写入。"
        />
        <Card title="第一步：在千牛导出订单" className="steps-card">
          <ol>
            <li>打开千牛卖家工作台，进入「交易」→「已卖出的宝贝」。</li>
            <li>选好下单时间范围，点「批量导出」，勾选订单报表和宝贝报表。</li>
            <li>
              下载得到两个文件：ExportOrderList（订单报表）和 ExportOrderDetailList（宝贝报表），保存在电脑上，不要用 Excel
              另存（Excel 会把订单编号改成科学计数法）。
            </li>
          </ol>
        </Card>
      </Flex>
    </>
  );
}
