import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * A label on the left and its value or editors on the right. The right side is a wrapping row
 * centred on the label's line, so text, switches and small inputs all line up with the label.
 */
export function DetailRow(props: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
      <Typography.Text type="secondary" style={{ flex: '0 0 72px', lineHeight: '32px' }}>
        {props.label}
      </Typography.Text>
      <div style={{ flex: 1, minWidth: 0, minHeight: 32, display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 8 }}>
        {props.children}
      </div>
    </div>
  );
}
