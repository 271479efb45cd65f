import { Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * An honest empty state: what will appear here, and the one thing to do first. Never a fake list.
 */
export function EmptyGuide(props: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Card>
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Flex vertical gap={4} align="center">
            <Typography.Text strong className="empty-title">
              {props.title}
            </Typography.Text>
            <Typography.Text type="secondary" className="empty-text">
              {props.children}
            </Typography.Text>
          </Flex>
        }
      >
        {props.actions}
      </Empty>
    </Card>
  );
}
