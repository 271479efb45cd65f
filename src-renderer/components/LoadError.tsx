import { Alert, Button } from 'antd';
import type { ApiCallError } from '../api/api-call-error';

/** A failed load: the backend's Chinese message and a way to try again. */
export function LoadError(props: { error: ApiCallError; onRetry: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title="加载失败"
      description={props.error.message}
      action={
        <Button size="small" onClick={props.onRetry}>
          重试
        </Button>
      }
    />
  );
}
