import { Typography } from 'antd';
import { CountsCard } from './CountsCard';

/** Orders whose status moves on, and what is kept because the book already knows newer. */
export function StatusChangesCard(props: {
  applied: number;
  backwardIgnored: number;
  olderRowsKept: number;
  idPrefix: string;
}) {
  return (
    <CountsCard
      title="状态变化"
      suffix="笔"
      counts={[
        { label: '状态更新', value: props.applied, testId: `${props.idPrefix}-status-applied` },
        { label: '较旧状态已忽略', value: props.backwardIgnored, testId: `${props.idPrefix}-status-ignored` },
        { label: '旧导出未覆盖', value: props.olderRowsKept, testId: `${props.idPrefix}-older-kept` },
      ]}
      footer={
        <Typography.Paragraph type="secondary" className="counts-note">
          状态更新：订单往前走了，如「卖家已发货」→「交易成功」。较旧状态已忽略、旧导出未覆盖：文件里的内容比客户本里的旧（比如先导入了新的导出、再导入旧的），客户本保留较新的。
        </Typography.Paragraph>
      }
    />
  );
}
