import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The frame of the pages before the app: the brand, a title, one card in the middle of the window. */
export function AuthFrame(props: { title: string; intro?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <div className="auth-page" data-testid={props.testId}>
      <div className="auth-brand">
        <span className="app-brand-mark">掌</span>
        <span className="app-brand-name">掌柜客户本</span>
      </div>
      <Card className="auth-card">
        <Typography.Title level={1} className="page-title">
          {props.title}
        </Typography.Title>
        {props.intro}
        {props.children}
      </Card>
    </div>
  );
}
