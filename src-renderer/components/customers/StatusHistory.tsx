import type { StatusChangeDto } from '@contract';
import { Flex, Tag, Typography } from 'antd';
import { formatInstant } from '../../format/relative-date';

/** How the order's status moved between imports; an older export's claim is kept but marked as not applied. */
export function StatusHistory(props: { changes: StatusChangeDto[]; timeZone: string | undefined }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">状态变化</Typography.Text>
      {props.changes.map((change, index) => (
        <Flex key={index} gap={8} align="center" wrap>
          <Typography.Text>
            {change.from} → {change.to}
          </Typography.Text>
          {change.applied ? <Tag color="green">已应用</Tag> : <Tag>旧导出，未应用</Tag>}
          {props.timeZone && (
            <Typography.Text type="secondary">导入于 {formatInstant(change.recordedAt, props.timeZone)}</Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
