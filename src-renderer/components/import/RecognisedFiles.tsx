import type { ImportFileDto } from '@contract';
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatEncoding } from '../../format/import-summary';
import { formatCount } from '../../format/numbers';

const columns: ColumnsType<ImportFileDto> = [
  { title: '文件', dataIndex: 'name', ellipsis: true },
  { title: '识别为', dataIndex: 'label' },
  { title: '编码', dataIndex: 'encoding', width: 110, render: (encoding: string) => formatEncoding(encoding) },
  { title: '行数', dataIndex: 'rows', width: 100, align: 'right', render: (n: number) => formatCount(n) },
  { title: '有错误', dataIndex: 'errors', width: 90, align: 'right', render: (n: number) => formatCount(n) },
  { title: '提醒', dataIndex: 'warnings', width: 80, align: 'right', render: (n: number) => formatCount(n) },
];

/** What each file was recognised as, so a wrong file stands out before anything is written. */
export function RecognisedFiles(props: { files: ImportFileDto[] }) {
  return (
    <Table<ImportFileDto>
      size="small"
      rowKey="name"
      columns={columns}
      dataSource={props.files}
      pagination={false}
      data-testid="recognised-files"
    />
  );
}
