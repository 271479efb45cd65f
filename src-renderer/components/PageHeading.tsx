import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Every page starts with its name (an h1) and one sentence saying what it is for. */
export function PageHeading(props: { title: string; description: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-heading">
      <div>
        <Typography.Title level={1} className="page-title">
          {props.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="page-description">
          {props.description}
        </Typography.Paragraph>
      </div>
      {props.extra}
    </div>
  );
}
