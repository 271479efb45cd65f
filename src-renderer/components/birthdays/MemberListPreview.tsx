import type { MemberListImportDto, MemberListProblemDto } from '@contract';
import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatListLine, MEMBER_LIST_COUNTS } from '../../format/birthdays';
import { CountsCard } from '../import/CountsCard';

type ProblemRow = MemberListProblemDto & { key: number };

const PROBLEM_COLUMNS: ColumnsType<ProblemRow> = [
  { title: '行', dataIndex: 'line', key: 'line', width: 100, render: (line: number) => formatListLine(line) },
  { title: '列', dataIndex: 'column', key: 'column', width: 120 },
  { title: '说明', dataIndex: 'message', key: 'message' },
];

/** What importing the list would do: the counts, and the rows that cannot go in, with why. */
export function MemberListPreview(props: { result: MemberListImportDto }) {
  const { result } = props;
  const problems: ProblemRow[] = result.problems.map((problem, index) => ({ ...problem, key: index }));
  return (
    <Flex vertical gap={12} data-testid="member-list-preview">
      <CountsCard
        title={`名单共 ${result.rows} 行`}
        suffix="位"
        counts={MEMBER_LIST_COUNTS.map((count) => ({ label: count.label, value: result[count.key], testId: `member-list-${count.key}` }))}
      />
      {result.problemCount > problems.length && (
        <Typography.Text type="secondary">{`共 ${result.problemCount} 行没有导入，下面列出前 ${problems.length} 行。`}</Typography.Text>
      )}
      {problems.length > 0 && (
        <Table<ProblemRow>
          size="small"
          data-testid="member-list-problems"
          columns={PROBLEM_COLUMNS}
          dataSource={problems}
          pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        />
      )}
    </Flex>
  );
}
