import type { ImportProblemDto } from '@contract';
import { Tag } from 'antd';
import { formatSeverity } from '../../format/import-summary';

/** 未导入 (red): the row stays out of the book. 提醒 (orange): imported, worth a look. */
export function SeverityTag(props: { severity: ImportProblemDto['severity'] }) {
  return <Tag color={props.severity === 'error' ? 'red' : 'orange'}>{formatSeverity(props.severity)}</Tag>;
}
