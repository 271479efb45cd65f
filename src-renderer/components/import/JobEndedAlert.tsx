import type { ImportJobDto } from '@contract';
import { Alert } from 'antd';

/** A preview or import that stopped: the backend's reason, and that the book is unchanged. */
export function JobEndedAlert(props: { job: ImportJobDto; filesKept: boolean; onClose: () => void }) {
  const cancelled = props.job.phase === 'cancelled';
  return (
    <Alert
      type={cancelled ? 'info' : 'error'}
      showIcon
      closable={{ onClose: props.onClose }}
      data-testid="import-ended"
      title={cancelled ? '已取消：客户本没有任何改动' : '没有导入：客户本没有任何改动'}
      description={
        <>
          {!cancelled && <div>{props.job.error ?? '导入没有完成。'}</div>}
          <div>
            {props.filesKept
              ? '文件还在下面：可以移除不对的文件、补上缺的文件，再点「预览」。'
              : '请重新选择文件，再点「预览」。'}
          </div>
        </>
      }
    />
  );
}
