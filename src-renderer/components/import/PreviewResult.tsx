import type { ImportSummaryDto } from '@contract';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { confirmSentence, problemsCsv, problemsFileName } from '../../format/import-summary';
import { formatCount } from '../../format/numbers';
import { downloadText } from '../../util/download-file';
import { CountsCard } from './CountsCard';
import { ProblemTable } from './ProblemTable';
import { RecognisedFiles } from './RecognisedFiles';
import { StatusChangesCard } from './StatusChangesCard';

/** What the import would do, the problem rows, and 确认导入 / 重新选择. */
export function PreviewResult(props: {
  summary: ImportSummaryDto;
  pending: boolean;
  onConfirm: () => void;
  onRestart: () => void;
}) {
  const { summary } = props;
  const [paging, setPaging] = useState({ current: 1, pageSize: 20 });
  const cut = summary.problemCount > summary.problems.length;

  return (
    <Flex vertical gap={16} data-testid="preview-result">
      <Alert type="info" showIcon title="预览完成：下面是导入后会有的变化。现在还没有写入，确认后才导入。" />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <CountsCard
            title="订单"
            suffix="笔"
            counts={[
              { label: '新增', value: summary.orders.inserted, testId: 'preview-orders-inserted' },
              { label: '更新', value: summary.orders.updated, testId: 'preview-orders-updated' },
              { label: '没变', value: summary.orders.unchanged, testId: 'preview-orders-unchanged' },
            ]}
          />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <CountsCard
            title="宝贝"
            suffix="行"
            counts={[
              { label: '新增', value: summary.lines.inserted, testId: 'preview-lines-inserted' },
              { label: '更新', value: summary.lines.updated, testId: 'preview-lines-updated' },
              { label: '没变', value: summary.lines.unchanged, testId: 'preview-lines-unchanged' },
            ]}
          />
        </Col>
        <Col xs={24} md={12} xl={5}>
          <CountsCard
            title="客户"
            suffix="位"
            counts={[
              { label: '新增', value: summary.customers.created, testId: 'preview-customers-created' },
              { label: '更新', value: summary.customers.updated, testId: 'preview-customers-updated' },
            ]}
          />
        </Col>
        <Col xs={24} md={12} xl={7}>
          <StatusChangesCard
            idPrefix="preview"
            applied={summary.statusChanges.applied}
            backwardIgnored={summary.statusChanges.backwardIgnored}
            olderRowsKept={summary.olderRowsKept}
          />
        </Col>
      </Row>
      <Card title="识别出的文件" size="small">
        <RecognisedFiles files={summary.files} />
      </Card>
      {summary.problemCount > 0 && (
        <Card
          title={`有问题的行（${formatCount(summary.problemCount)}）`}
          size="small"
          extra={
            <Button
              size="small"
              icon={<DownloadOutlined />}
              onClick={() => downloadText(problemsFileName('预览'), problemsCsv(summary.problems))}
            >
              下载问题行
            </Button>
          }
        >
          <Typography.Paragraph type="secondary">
            标「未导入」的行有错误，不会写入客户本，请在千牛重新导出或改正后再导入这些行；标「提醒」的行会导入，但值得看一眼。
            {cut && `这里只列出前 ${formatCount(summary.problems.length)} 条。`}
          </Typography.Paragraph>
          <ProblemTable
            problems={summary.problems}
            pagination={{
              ...paging,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => `共 ${formatCount(total)} 条`,
              onChange: (current, pageSize) => setPaging({ current, pageSize }),
            }}
          />
        </Card>
      )}
      <Card size="small" className="confirm-bar">
        <Flex justify="space-between" align="center" gap={16} wrap>
          <Typography.Text data-testid="confirm-text">{confirmSentence(summary)}</Typography.Text>
          <Flex gap={8}>
            <Button onClick={props.onRestart} disabled={props.pending}>
              重新选择
            </Button>
            <Button type="primary" onClick={props.onConfirm} loading={props.pending}>
              确认导入
            </Button>
          </Flex>
        </Flex>
      </Card>
    </Flex>
  );
}
