import type { ColumnMapping, FileInspectionDto } from '@contract';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { sampleColumns, sampleRecords, type SampleRecord } from '../../format/column-mapping';

/** The file's first rows as the import would read them: only the mapped columns, under the field names. */
export function MappingSampleTable(props: { inspection: FileInspectionDto; mapping: ColumnMapping }) {
  const { inspection } = props;
  const mapped = sampleColumns(props.mapping, inspection.headers);
  const columns: ColumnsType<SampleRecord> = mapped.map((column) => ({
    key: column.field,
    dataIndex: column.field,
    ellipsis: true,
    width: 140,
    title: (
      <>
        <div>{column.title}</div>
        <Typography.Text type="secondary" className="mapping-sample-source">
          取自「{column.header}」
        </Typography.Text>
      </>
    ),
  }));
  return (
    <div data-testid="mapping-sample">
      <Typography.Paragraph type="secondary" className="mapping-sample-caption">
        {inspection.sampleRows.length > 0
          ? `文件的前 ${inspection.sampleRows.length} 行会这样读取，请看看每一列是否对得上：`
          : '文件里只有表头，没有数据行。'}
      </Typography.Paragraph>
      <Table<SampleRecord>
        size="small"
        bordered
        columns={columns}
        dataSource={sampleRecords(mapped, inspection.headers, inspection.sampleRows)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '还没有选任何列。' }}
      />
    </div>
  );
}
