import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReportHeadlineDto } from '@contract';

const TONE_CLASS = { up: 'report-change-up', down: 'report-change-down', flat: 'report-change-flat' } as const;

/** A card per headline figure, its change against the period before under it. */
export function ReportHeadlines(props: { headlines: readonly ReportHeadlineDto[] }) {
  return (
    <Row gutter={[12, 12]} data-testid="report-headlines">
      {props.headlines.map((headline) => (
        <Col key={headline.key} xs={12} md={6}>
          <Card size="small" data-testid={`report-${headline.key}`}>
            <Statistic title={headline.label} value={headline.value} />
            <Typography.Text className={TONE_CLASS[headline.tone]}>{headline.change}</Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
