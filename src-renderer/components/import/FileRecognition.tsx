import type { ColumnMapping, OrderField } from '@contract';
import { Button, Flex, Typography } from 'antd';
import { effectiveMapping, isMappingShown, recognitionText, type FileInspectionState } from '../../format/column-mapping';
import { ColumnMappingPanel } from './ColumnMappingPanel';

/** Under a chosen file: what it was recognised as, and its 对应列 panel when needed or asked for. */
export function FileRecognition(props: {
  state: FileInspectionState;
  draft: ColumnMapping | undefined;
  /** Shows the panel of a file whose mapping is known (preset or remembered). */
  onShow: () => void;
  onChange: (field: OrderField, header: string | null) => void;
  onClose: () => void;
}) {
  const { state, draft } = props;
  if (state.status === 'loading') {
    return <Typography.Text type="secondary">正在识别文件…</Typography.Text>;
  }
  if (state.status === 'failed') {
    return (
      <Typography.Text type="warning" data-testid="file-recognition">
        {state.message}
      </Typography.Text>
    );
  }
  const { inspection } = state;
  const shown = isMappingShown(inspection, draft);
  const mapping = effectiveMapping(inspection, draft);
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap data-testid="file-recognition">
        <Typography.Text type={inspection.needsMapping ? 'warning' : 'secondary'}>{recognitionText(inspection, shown)}</Typography.Text>
        {mapping && !shown && (
          <Button type="link" size="small" className="inline-link" onClick={props.onShow}>
            查看/修改对应列
          </Button>
        )}
      </Flex>
      {mapping && shown && (
        <ColumnMappingPanel
          inspection={inspection}
          mapping={mapping}
          onChange={props.onChange}
          onClose={inspection.needsMapping ? undefined : props.onClose}
        />
      )}
    </Flex>
  );
}
