import type { MemberListInspectionDto } from '@contract';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MemberListColumns } from '../../hooks/useMemberListImport';

/** One sample line: `key` for React, the cells under their column position (c0, c1…). */
type SampleRow = Record<string, string> & { key: string };

const ROLE_NAMES: Readonly<Record<keyof MemberListColumns, string>> = { nickColumn: '昵称', phoneColumn: '手机号', birthdayColumn: '生日' };

/** The file's first rows, with the chosen columns marked, so a wrong pick shows at once. */
export function MemberListSampleTable(props: { inspection: MemberListInspectionDto; columns: MemberListColumns }) {
  const { inspection } = props;
  const roleOf = (index: number) =>
    (Object.keys(ROLE_NAMES) as (keyof MemberListColumns)[]).find((field) => props.columns[field] === index);
  const columns: ColumnsType<SampleRow> = inspection.header.map((name, index) => {
    const role = roleOf(index);
    return {
      key: String(index),
      dataIndex: `c${index}`,
      ellipsis: true,
      width: 140,
      title: (
        <>
          {name.trim() || `第 ${index + 1} 列`}
          {role && (
            <Tag color="orange" style={{ marginLeft: 6 }}>
              {ROLE_NAMES[role]}
            </Tag>
          )}
        </>
      ),
    };
  });
  const rows: SampleRow[] = inspection.sample.map((cells, line) => ({ ...Object.fromEntries(cells.map((cell, index) => [`c${index}`, cell])), key: `line-${line}` }));
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
        「{inspection.fileName}」共 {inspection.rowCount} 行，前 {inspection.sample.length} 行如下：
      </Typography.Paragraph>
      <Table<SampleRow> size="small" bordered columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="member-list-sample" />
    </>
  );
}
