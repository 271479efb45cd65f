import type { FollowUpEffectGroupDto, ReportCareDto, StaffFollowUpFiguresRowDto } from '@contract';
import { Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { figuresStaffName, formatAverageSatisfaction } from '../../format/follow-up-figures';
import { formatCount } from '../../format/numbers';
import { careDone, formatBirthdayOffers, formatEffectCounts, formatEffectTitle, formatOfferSender, formatPercentOrDash } from '../../format/report-sections';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ReportSection } from './ReportSection';

const count = (n: number) => formatCount(n);

const COLUMNS: ColumnsType<StaffFollowUpFiguresRowDto> = [
  { title: '客服', key: 'staff', render: (_, row) => figuresStaffName(row.staff) },
  { title: '到期任务', dataIndex: 'due', key: 'due', align: 'right', render: count },
  { title: '完成', key: 'done', align: 'right', render: (_, row) => formatCount(careDone(row)) },
  { title: '逾期未处理', dataIndex: 'overdue', key: 'overdue', align: 'right', render: count },
  { title: '平均满意度', dataIndex: 'averageSatisfaction', key: 'averageSatisfaction', align: 'right', render: formatAverageSatisfaction },
];

function EffectCard(props: { title: string; group: FollowUpEffectGroupDto; testId: string; highlight: boolean }) {
  return (
    <Card size="small" data-testid={props.testId} style={{ height: '100%' }}>
      <Statistic title={props.title} value={formatPercentOrDash(props.group.rate)} valueStyle={props.highlight && props.group.rate !== null ? { color: '#d4380d' } : undefined} />
      <Typography.Text type="secondary">{formatEffectCounts(props.group)}</Typography.Text>
    </Card>
  );
}

function CareFigures(props: { care: ReportCareDto; loading: boolean }) {
  const { care } = props;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Table<StaffFollowUpFiguresRowDto>
          size="small"
          data-testid="report-care-staff"
          columns={COLUMNS}
          dataSource={[...care.staff]}
          rowKey={(row) => row.staff?.id ?? 0}
          loading={props.loading}
          pagination={false}
          locale={{ emptyText: '这段时间没有到期的跟进任务。' }}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Flex vertical gap={12}>
          <Row gutter={[12, 12]}>
            <Col span={12}>
              <EffectCard title={formatEffectTitle(true, care.effect.windowDays)} group={care.effect.followed} testId="report-care-followed" highlight />
            </Col>
            <Col span={12}>
              <EffectCard title={formatEffectTitle(false, care.effect.windowDays)} group={care.effect.notFollowed} testId="report-care-not-followed" highlight={false} />
            </Col>
          </Row>
          <Card size="small" data-testid="report-birthday-offers">
            <Flex vertical gap={8}>
              <Typography.Text strong>{formatBirthdayOffers(care.birthdayOffers)}</Typography.Text>
              {care.birthdayOffers.byStaff.length > 0 && (
                <Flex wrap gap={4}>
                  {care.birthdayOffers.byStaff.map((sender) => (
                    <Tag key={sender.staffName ?? ''}>{formatOfferSender(sender)}</Tag>
                  ))}
                </Flex>
              )}
            </Flex>
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}

/** 客服跟进: follow-up work per staff member, whether followed customers bought again more, birthday offers. */
export function CareReportCard(props: { range: { from: string; to: string } }) {
  const care = useApiQuery('reports.care', props.range);
  return (
    <Card size="small" title="客服跟进" extra="按任务的到期日期统计" data-testid="report-care-card">
      <ReportSection query={care} rows={5}>
        {(data) => <CareFigures care={data} loading={care.loading} />}
      </ReportSection>
    </Card>
  );
}
