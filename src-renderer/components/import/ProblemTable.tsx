import type { ImportProblemDto } from '@contract';
import { Table, type TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatProblemLine } from '../../format/import-summary';
import { SeverityTag } from './SeverityTag';

type Row = ImportProblemDto & { key: number };

const FILE_COLUMN: ColumnsType<Row>[number] = { title: '文件', dataIndex: 'file', width: 300, ellipsis: true };
const COLUMNS: ColumnsType<Row> = [
  { title: '行', dataIndex: 'line', width: 96, render: (line: number | null) => formatProblemLine(line) },
  { title: '列', dataIndex: 'column', width: 140, render: (column: string | null) => column ?? '—' },
  { title: '问题', dataIndex: 'message' },
  {
    title: '处理',
    dataIndex: 'severity',
    width: 80,
    render: (severity: ImportProblemDto['severity']) => <SeverityTag severity={severity} />,
  },
];

/** Problem rows: where (file, line, column), what, and whether the row was left out. */
export function ProblemTable(props: {
  problems: readonly ImportProblemDto[];
  showFile?: boolean;
  loading?: boolean;
  pagination: TablePaginationConfig;
  /** Numbers the rows' keys so equal problems on one line stay distinct. */
  firstKey?: number;
}) {
  const rows: Row[] = props.problems.map((problem, index) => ({ ...problem, key: (props.firstKey ?? 0) + index }));
  return (
    <Table<Row>
      size="small"
      data-testid="problem-table"
      loading={props.loading}
      columns={props.showFile === false ? COLUMNS : [FILE_COLUMN, ...COLUMNS]}
      dataSource={rows}
      pagination={props.pagination}
    />
  );
}
