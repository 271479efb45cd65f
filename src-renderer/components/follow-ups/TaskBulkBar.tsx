import { Button, Flex, Typography } from 'antd';
import { formatCount } from '../../format/numbers';

/** 批量完成: the picked tasks done at once, with one note and one score. */
export function TaskBulkBar(props: { count: number; onComplete(): void; onClear(): void }) {
  if (props.count === 0) return null;
  return (
    <Flex gap={8} align="center" className="bulk-actions" data-testid="follow-up-bulk">
      <Typography.Text>已选 {formatCount(props.count)} 个任务</Typography.Text>
      <Button type="primary" size="small" onClick={props.onComplete}>
        批量完成
      </Button>
      <Button size="small" onClick={props.onClear}>
        取消选择
      </Button>
    </Flex>
  );
}
