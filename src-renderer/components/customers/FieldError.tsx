import { Typography } from 'antd';

/** The server's message right under the field it is about; nothing when there is none. */
export function FieldError(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <Typography.Text type="danger" role="alert" style={{ display: 'block', flexBasis: '100%', marginTop: 4 }}>
      {props.message}
    </Typography.Text>
  );
}
