import { Flex } from 'antd';
import type { ReactNode } from 'react';

/** One record in a short list: what it is on the left, what can be done with it on the right. */
export function ActionRow(props: { children: ReactNode; action: ReactNode; testId?: string }) {
  return (
    <Flex justify="space-between" align="center" gap={12} style={{ padding: '6px 0' }} data-testid={props.testId}>
      <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
        {props.children}
      </Flex>
      {props.action}
    </Flex>
  );
}
