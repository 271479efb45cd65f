import type { ImportBatchDto } from '@contract';
import { Drawer } from 'antd';
import { BatchProblemList } from './BatchProblemList';

/** The problem rows kept for one imported file, beside the history. */
export function BatchProblemsDrawer(props: { batch: ImportBatchDto | null; onClose: () => void }) {
  return (
    <Drawer
      open={props.batch !== null}
      onClose={props.onClose}
      size={880}
      title={props.batch ? `问题行：${props.batch.fileName}` : '问题行'}
      destroyOnHidden
    >
      {props.batch && <BatchProblemList batch={props.batch} />}
    </Drawer>
  );
}
